import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from './run-cli';

/** The CLI in-process with no OpenAI key unless a test sets one. */
const run = (argv: string[], stdin = '', env: NodeJS.ProcessEnv = {}) =>
  runCli(argv, stdin, { OPENAI_API_KEY: '', ...env });

const SALESY = 'BUY NOW!!! Only 3 left, 50% off ends TONIGHT. Order now at https://shop.example.com';
const FRIENDLY =
  'Thanks <@U0123ABCD> for the tip on sourdough hydration yesterday! What flour do you all use?';

describe('etiquette-coach review', () => {
  it('prints a linter-style review and exits 1 when the draft needs revising', async () => {
    const { code, out } = await run(['review', SALESY]);
    expect(code).toBe(1);
    expect(out).toContain('1:1');
    expect(out).toContain('hard-call-to-action');
    expect(out).toContain('principle: Start a conversation, not a sale');
    expect(out).toContain('why: ');
    expect(out).toContain('try: ');
    expect(out).toContain('A more conversational version');
    expect(out).toContain('https://shop.example.com');
    expect(out).not.toContain('\u001b['); // no colour when stdout is not a TTY
  });

  it('exits 0 for a draft that passes, reading it from stdin', async () => {
    const { code, out } = await run(['review'], `${FRIENDLY}\n`);
    expect(code).toBe(0);
    expect(out).toContain('✔ pass');
  });

  it('prints one review as JSON with --json', async () => {
    const { code, out } = await run(['review', '--json', SALESY]);
    expect(code).toBe(1);
    const review = JSON.parse(out);
    expect(review).toMatchObject({ verdict: 'revise', reviewer: 'rules', language: 'en' });
    expect(review.rewrite).toEqual(expect.any(String));
  });

  it('writes exactly the DESIGN.md fields per line with --jsonl, and goes on past bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: SALESY }),
      JSON.stringify({ id: 7, text: FRIENDLY }),
      '{"id": "broken", "text": "unterminated',
      'not json at all',
      JSON.stringify({ id: 'empty', text: '   ' }),
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'long', text: 'x'.repeat(40_001) }),
      '',
      JSON.stringify({ id: 'last', text: 'What are you all reading this weekend?' }),
    ].join('\n');
    const { code, out, err } = await run(['review', '--jsonl'], input);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual([
      'a',
      7,
      'broken',
      null,
      'empty',
      'no-text',
      'long',
      'last',
    ]);
    expect(Object.keys(lines[0]).slice(0, 6)).toEqual([
      'id',
      'verdict',
      'score',
      'findings',
      'rewrite',
      'reviewer',
    ]);
    // Added fields come after DESIGN.md's: other checked versions, or the edits when none passed.
    expect(Object.keys(lines[0]).slice(6)).toEqual(lines[0].rewrite === null ? ['edits'] : expect.any(Array));
    expect(Object.keys(lines[0].findings[0])).toEqual([
      'rule',
      'principle',
      'category',
      'severity',
      'start',
      'end',
      'excerpt',
      'message',
      'suggestion',
    ]);
    for (const finding of lines[0].findings)
      expect(SALESY.slice(finding.start, finding.end)).toBe(finding.excerpt);
    expect(lines[1]).toMatchObject({ id: 7, verdict: 'pass', rewrite: null, reviewer: 'rules' });
    expect(lines[2]).toMatchObject({ id: 'broken', error: 'malformed JSON line' });
    expect(lines[4].error).toMatch(/empty/);
    expect(lines[5].error).toMatch(/missing "text"/);
    expect(lines[6].error).toMatch(/limit is 40,000/);
    expect(err).toMatch(/5 lines could not be reviewed/);
  });

  it('gives a clear message and exit 2 for usage errors, empty drafts, oversized drafts and binary junk', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['lint', 'x'])).err).toMatch(/unknown command "lint"/);
    expect((await run(['review', '--json', '--jsonl'])).code).toBe(2);
    expect((await run(['review', '--strictness', 'harsh', 'x'])).err).toMatch(/gentle, standard or strict/);
    expect((await run(['review', '--bogus', 'x'])).code).toBe(2);
    const empty = await run(['review'], '\n');
    expect([empty.code, empty.err]).toEqual([2, expect.stringMatching(/empty/)]);
    const long = await run(['review'], 'a'.repeat(40_001));
    expect([long.code, long.err]).toEqual([2, expect.stringMatching(/40,001 characters/)]);
    const binary = await run(['review'], '\u0000\u0001\u0002\u0003 junk');
    expect([binary.code, binary.err]).toEqual([2, expect.stringMatching(/binary/)]);
  });

  it('prints help with exit 0', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('--jsonl');
  });

  it('works as the installed bin, end to end', () => {
    const bin = join(__dirname, '..', '..', 'bin', 'etiquette-coach.js');
    const result = spawnSync(process.execPath, [bin, 'review', '--json', '--no-llm'], {
      input: 'We are proud to announce our new app!',
      env: { ...process.env, OPENAI_API_KEY: '' },
    });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout.toString())).toMatchObject({ verdict: 'revise' });
  });
});
