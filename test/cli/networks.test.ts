import { runCli } from './run-cli';

const run = (argv: string[], stdin = '') => runCli(argv, stdin);

const FRIENDLY =
  'Thanks to everyone who came to the garden cleanup on Saturday. We planted forty trees and ' +
  'found a family of hedgehogs under the shed. What should we plant next spring?';
const LONG = `${FRIENDLY} ${FRIENDLY}`;
/** A notice a little over X's limit: its rewrite needs two posts there. */
const NOTICE =
  'Reminder from the Pharmacy team: if you collect repeat prescriptions, please order at least 7 working ' +
  'days before you run out over the Easter weekend. We will be closed Good Friday and Easter Monday. ' +
  'If you get stuck, the pharmacy at Tesco on the ring road is open both days, 10–4. Questions? Ask @sam ' +
  'or see https://example.org/easter-hours for the full list.';

describe('etiquette-coach review for a network', () => {
  it('--network x measures the draft the way X does and says so', async () => {
    const plain = await run(['review', LONG]);
    expect(plain.code).toBe(0);
    expect(plain.out).not.toContain('for X');
    const forX = await run(['review', '--network', 'x', LONG]);
    expect(forX.code).toBe(1);
    expect(forX.out).toContain('(English, for X)');
    expect(forX.out).toContain('network-over-limit');
    expect(forX.out).toMatch(/\d+ weighted characters on X/);
  });

  it('--json carries the network the review assumed; a tag in the draft wins over --network', async () => {
    const { out } = await run(['review', '--json', '--network', 'linkedin', `bluesky: ${FRIENDLY}`]);
    expect(JSON.parse(out)).toMatchObject({ network: 'bluesky', verdict: 'pass' });
  });

  it('--jsonl lines may carry "network", and each output line says which one it assumed', async () => {
    const input = [
      JSON.stringify({ id: 'x', text: LONG, network: 'x' }),
      JSON.stringify({ id: 'plain', text: LONG }),
      JSON.stringify({ id: 'tagged', text: `instagram: ${FRIENDLY} https://garden.example/photos` }),
      JSON.stringify({ id: 'bad', text: FRIENDLY, network: 'myspace' }),
    ].join('\n');
    const { code, out, err } = await run(['review', '--jsonl', '--network', 'mastodon'], input);
    expect(code).toBe(1);
    const lines = out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toMatchObject({ id: 'x', verdict: 'revise', network: 'x' });
    expect(lines[0].findings.map((finding: { rule: string }) => finding.rule)).toContain(
      'network-over-limit',
    );
    expect(lines[1]).toMatchObject({ id: 'plain', verdict: 'pass', network: 'mastodon' });
    expect(lines[2]).toMatchObject({ id: 'tagged', network: 'instagram' });
    const link = lines[2].findings.find((finding: { rule: string }) => finding.rule === 'instagram-link');
    expect(link.excerpt).toBe('https://garden.example/photos');
    expect(`instagram: ${FRIENDLY} https://garden.example/photos`.slice(link.start, link.end)).toBe(
      link.excerpt,
    );
    expect(lines[3]).toMatchObject({ id: 'bad', line: 4 });
    expect(lines[3].error).toMatch(/"network" must be/);
    expect(err).toContain('1 line could not be reviewed');
  });

  it('rejects an unknown --network with a usage error', async () => {
    const { code, err } = await run(['review', '--network', 'myspace', FRIENDLY]);
    expect(code).toBe(2);
    expect(err).toContain('--network must be');
  });

  it('offers a thread when the rewrite cannot fit one post on X: in the terminal, --json and --jsonl', async () => {
    const text = await run(['review', '--network', 'x', NOTICE]);
    expect(text.out).toContain('As a thread for X');
    expect(text.out).toMatch(/ {2}1\/ .*\n(?:.*\n)* {2}2\/ /);
    const { out } = await run(['review', '--json', `x: ${NOTICE}`]);
    const review = JSON.parse(out) as { thread: string[]; network: string };
    expect(review.network).toBe('x');
    expect(review.thread).toHaveLength(2);
    const lines = await run(
      ['review', '--jsonl'],
      `${JSON.stringify({ id: 1, text: NOTICE, network: 'x' })}\n`,
    );
    expect(JSON.parse(lines.out.trim())).toMatchObject({ id: 1, network: 'x', thread: review.thread });
  });
});
