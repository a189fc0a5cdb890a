import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main';
import { WORKERS_FROM_LINES, workerCount } from '../../src/cli/jsonl-pool';

const ROOT = join(__dirname, '..', '..');

/** More lines than the in-thread limit, with a malformed line, a blank line and a bad draft among them. */
function input(): string {
  const texts = readFileSync(join(ROOT, 'test/fixtures/drafts.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const lines: string[] = [];
  for (let i = 0; lines.length < WORKERS_FROM_LINES + 300; i++) {
    lines.push(JSON.stringify({ id: `d${i}`, text: texts[i % texts.length] }));
  }
  lines.splice(5, 0, '{"id": "broken", "text": ');
  lines.splice(400, 0, '');
  lines.splice(700, 0, JSON.stringify({ id: 'empty', text: '   ' }));
  return `${lines.join('\n')}\n`;
}

async function inProcess(stdin: string) {
  const stdout = new PassThrough();
  stdout.setEncoding('utf8');
  let out = '';
  stdout.on('data', (chunk) => (out += chunk));
  const code = await main(['review', '--jsonl', '--no-llm'], {
    stdin: Readable.from([Buffer.from(stdin)]) as CliIo['stdin'],
    stdout,
    stderr: new PassThrough(),
    env: { OPENAI_API_KEY: '' },
  });
  return { code, out };
}

/** The installed bin (compiled, so --jsonl runs on worker threads), stdin streamed in chunks. */
function asBin(stdin: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin/etiquette-coach.js'), 'review', '--jsonl', '--no-llm'],
      {
        env: { ...process.env, OPENAI_API_KEY: '', NODE_OPTIONS: '' },
      },
    );
    let out = '';
    let err = '';
    // Decoded as a stream: a character split across two pipe reads must not become two halves.
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => resolve({ code, out, err }));
    Readable.from(stdin.match(/[\s\S]{1,4096}/g) ?? []).pipe(child.stdin);
  });
}

describe('review --jsonl on worker threads', () => {
  test('the compiled CLI on a long input writes exactly what the single-thread path writes, in input order', async () => {
    const stdin = input();
    const [bin, reference] = await Promise.all([asBin(stdin), inProcess(stdin)]);
    expect(bin.code).toBe(reference.code);
    expect(bin.out).toBe(reference.out);
    const ids = bin.out
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: unknown }).id);
    expect(ids.slice(0, 7)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'broken', 'd5']);
    expect(ids).toContain('empty');
    expect(bin.err).toContain('2 lines could not be reviewed');
  }, 120_000);

  test('one worker per core, leaving one for reading and writing on larger machines', () => {
    expect(workerCount(1)).toBe(1);
    expect(workerCount(2)).toBe(2);
    expect(workerCount(4)).toBe(3);
    expect(workerCount(64)).toBe(8);
  });
});
