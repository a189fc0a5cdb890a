import { runCli } from './run-cli';

const run = (argv: string[], stdin = '') => runCli(argv, stdin);

const FRIENDLY =
  'Thanks to everyone who came to the garden cleanup on Saturday. We planted forty trees and ' +
  'found a family of hedgehogs under the shed. What should we plant next spring?';
const LONG = `${FRIENDLY} ${FRIENDLY}`;

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
});
