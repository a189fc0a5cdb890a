import { PassThrough, Readable } from 'node:stream';
import { main, type CliIo } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the CLI in-process, as `etiquette-coach <argv>` would, with `stdin` as its input, and
 * collects what it writes. The environment is exactly `env`: by default no OpenAI key, so the
 * rules review alone whatever the developer's shell has set.
 */
export async function runCli(
  argv: string[],
  stdin = '',
  env: NodeJS.ProcessEnv = { OPENAI_API_KEY: '' },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const input = Readable.from(stdin ? [Buffer.from(stdin)] : []) as CliIo['stdin'];
  const code = await main(argv, { stdin: input, stdout, stderr, env });
  return { code, out, err };
}
