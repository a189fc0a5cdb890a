'use strict';
// The embedded database's own thread (src/store/pglite.ts starts it). PGlite runs Postgres compiled to
// WebAssembly synchronously on the thread that calls it: on the main thread, every query of a burst
// delays the acks Slack is waiting for. Here it runs beside them. Plain JavaScript, so the same file
// serves dist/ and src/ (tsx, jest); `npm run build` copies it next to the compiled store.
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const { Blob } = require('node:buffer');
const { PGlite } = require('@electric-sql/pglite');

let db = null;

/** Runs statements one after the other on `conn` (the database, or a transaction). */
async function runStatements(conn, statements) {
  const results = [];
  for (const statement of statements) {
    const result = await conn.query(statement.sql, statement.params);
    results.push({ rows: result.rows, rowCount: result.affectedRows ?? 0 });
  }
  return results;
}

async function handle(message) {
  switch (message.op) {
    case 'open': {
      // A first start on an empty folder (compiled bot): unpack the seed here, off the main thread.
      const how = message.create
        ? await require(message.create.module).createDataDir(workerData.dataDir, message.create.seed)
        : null;
      db = await PGlite.create(workerData.dataDir ?? undefined, {
        startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${workerData.sharedBuffers}`],
        // In memory (tests, scripts): the migrated seed instead of initdb, when there is one.
        ...(!workerData.dataDir && workerData.seed
          ? { loadDataDir: new Blob([readFileSync(workerData.seed)]) }
          : {}),
      });
      // Statements to run once open (the migration check), answered with the open: each reply waits
      // for the main thread's event loop, which is busy loading the bot while the database opens.
      const results = message.then ? await runStatements(db, message.then) : [];
      return { how, results };
    }
    case 'query': {
      const result = await db.query(message.sql, message.params);
      return { rows: result.rows, rowCount: result.affectedRows ?? 0 };
    }
    case 'batch': {
      // Several statements in one message (one transaction when asked): one thread hop, not many.
      const run = (conn) => runStatements(conn, message.statements);
      return message.transaction ? db.transaction(run) : run(db);
    }
    case 'exec':
      await db.exec(message.sql);
      return null;
    case 'dump': {
      const tarball = await db.dumpDataDir('gzip');
      return new Uint8Array(await tarball.arrayBuffer());
    }
    case 'close':
      if (db && !db.closed) await db.close();
      db = null;
      return null;
    default:
      throw new Error(`unknown operation ${message.op}`);
  }
}

parentPort.on('message', (message) => {
  handle(message).then(
    (result) => parentPort.postMessage({ id: message.id, ok: true, result }),
    (error) =>
      parentPort.postMessage({
        id: message.id,
        ok: false,
        error: { message: error && error.message ? error.message : String(error), code: error && error.code },
      }),
  );
});
