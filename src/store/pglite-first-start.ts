import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  writeSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';

/**
 * A fresh PGlite data folder without running initdb in the bot's process. PGlite's initdb loads a second
 * WebAssembly Postgres next to the first and its memory stays with the process (832 MB resident after a
 * first start, against 314 MB after a restart). Instead, the first start unpacks a data folder that
 * `npm run build` made once (scripts/build-pglite-seed.js: initdb in PGlite, dumped as a gzipped tar) and
 * then opens it exactly like a restart does. Without that file (running from src/ under tsx or jest),
 * initdb runs in a short-lived child process, whose memory goes back to the system when it exits.
 */

/**
 * The seed next to the compiled store (dist/store), or, running from src/ (tsx, jest), the one the last
 * `npm run build` left in dist/store (npm ci builds through "prepare"). A seed older than the code is
 * fine: the migrations it lacks are applied after it is opened.
 */
export function seedFile(): string | null {
  const candidates = [
    path.join(__dirname, 'pglite-seed.tar.gz'),
    path.join(__dirname, '..', '..', 'dist', 'store', 'pglite-seed.tar.gz'),
  ];
  return candidates.find((file) => existsSync(file)) ?? null;
}

/** True when `pgdata` holds a database (PG_VERSION is written last by initdb, and last by our unpacking). */
export function hasDatabase(pgdata: string): boolean {
  return existsSync(path.join(pgdata, 'PG_VERSION'));
}

/**
 * Makes `pgdata` a fresh, empty database folder. Works in a sibling temporary folder renamed into place
 * at the end, so a process killed half-way leaves nothing that looks like a database. Returns how.
 */
export async function createDataDir(
  pgdata: string,
  seed: string | null = seedFile(),
): Promise<'seed' | 'initdb'> {
  const scratch = `${pgdata}.new-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true, mode: 0o700 });
  try {
    const how = seed ? 'seed' : 'initdb';
    if (seed) await untarGz(seed, scratch);
    else await initdbInChild(scratch);
    if (!hasDatabase(scratch)) throw new Error('the new database folder has no PG_VERSION');
    rmSync(pgdata, { recursive: true, force: true });
    renameSync(scratch, pgdata);
    return how;
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** initdb in a child node process (PGlite creates and closes the folder), then the child exits. */
function initdbInChild(dir: string): Promise<void> {
  const script = `require(${JSON.stringify(require.resolve('@electric-sql/pglite'))}).PGlite.create(process.argv[1])
    .then((db) => db.close())
    .catch((error) => { process.stderr.write(String(error && error.message || error)); process.exit(1); });`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script, dir], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

const BLOCK = 512;

/**
 * Unpacks a gzipped ustar archive of plain files and folders (what PGlite's dumpDataDir writes) into
 * `into`, streaming: at most one chunk of the archive is in memory. Anything else (links, long-name
 * extensions, paths leaving `into`) is refused.
 */
export async function untarGz(file: string, into: string): Promise<number> {
  const root = path.resolve(into);
  let buffered: Buffer = Buffer.alloc(0);
  /** Bytes of the current file's data still to come, and where they go. */
  let remaining = 0;
  let padding = 0;
  let fd: number | null = null;
  let files = 0;
  let ended = false;

  const target = (name: string) => {
    const resolved = path.resolve(root, `.${path.posix.normalize(`/${name}`)}`);
    if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) {
      throw new Error(`archive entry ${name} leaves the folder`);
    }
    return resolved;
  };

  for await (const chunk of createReadStream(file).pipe(createGunzip())) {
    buffered = buffered.length ? Buffer.concat([buffered, chunk as Buffer]) : (chunk as Buffer);
    for (;;) {
      if (remaining > 0) {
        const take = Math.min(remaining, buffered.length);
        if (take === 0) break;
        writeSync(fd!, buffered, 0, take);
        buffered = buffered.subarray(take);
        remaining -= take;
        if (remaining > 0) break;
        closeSync(fd!);
        fd = null;
      }
      if (padding > 0) {
        const skip = Math.min(padding, buffered.length);
        buffered = buffered.subarray(skip);
        padding -= skip;
        if (padding > 0) break;
      }
      if (ended || buffered.length < BLOCK) break;
      const header = buffered.subarray(0, BLOCK);
      buffered = buffered.subarray(BLOCK);
      if (header.every((byte) => byte === 0)) {
        ended = true;
        break;
      }
      const field = (offset: number, length: number) =>
        header.toString('utf8', offset, offset + length).replace(/\0.*$/s, '');
      const prefix = field(345, 155);
      const name = prefix ? `${prefix}/${field(0, 100)}` : field(0, 100);
      const size = parseInt(field(124, 12).trim() || '0', 8);
      const type = field(156, 1) || '0';
      if (type === '5') {
        mkdirSync(target(name), { recursive: true, mode: 0o700 });
      } else if (type === '0') {
        const out = target(name);
        mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });
        fd = openSync(out, 'w', 0o600);
        files += 1;
        remaining = size;
        padding = (BLOCK - (size % BLOCK)) % BLOCK;
        if (size === 0) {
          closeSync(fd);
          fd = null;
        }
      } else {
        throw new Error(`archive entry ${name} has unsupported type ${type}`);
      }
    }
  }
  if (fd !== null) closeSync(fd);
  if (remaining > 0) throw new Error('archive ends in the middle of a file');
  return files;
}
