import { runCli } from './run-cli';
import { FakeOpenAI, completion, errorReply } from '../llm/fake-openai';

const SALESY = 'BUY NOW!!! Only 3 left, ends TONIGHT at https://mugs.example.com';
// Only what the draft says, turned toward the reader: the invented-claims guard lets it through.
const REWRITE = 'There are 3 left, until tonight, at https://mugs.example.com Which one would you pick?';

const run = (argv: string[], stdin: string, env: NodeJS.ProcessEnv) => runCli(argv, stdin, env);

describe('the CLI with OPENAI_API_KEY set (against a local Chat Completions server)', () => {
  let fake: FakeOpenAI;
  afterEach(async () => fake?.close());

  const env = (baseURL: string) => ({
    OPENAI_API_KEY: 'sk-test-cli',
    OPENAI_BASE_URL: baseURL,
    LOG_LEVEL: 'silent',
  });
  const input = `${JSON.stringify({ id: 'a', text: SALESY })}\n`;

  it('uses the model and says so: reviewer "llm"', async () => {
    fake = await FakeOpenAI.start(() =>
      completion({
        findings: [
          {
            excerpt: 'BUY NOW!!!',
            rule: 'hard-call-to-action',
            principle: 'conversation',
            category: 'salesy',
            severity: 'error',
            message: 'An order to buy closes the conversation.',
            suggestion: 'Say what is new and ask a question.',
          },
        ],
        verdict: 'revise',
        score: 20,
        rewrite: REWRITE,
        coaching: 'Lead with the mugs, not the countdown.',
      }),
    );
    const { code, out } = await run(['review', '--jsonl'], input, env(fake.baseURL));
    expect(code).toBe(1);
    const line = JSON.parse(out);
    expect(line).toMatchObject({ id: 'a', verdict: 'revise', reviewer: 'llm', rewrite: REWRITE });
    expect(Object.keys(line)).toEqual(['id', 'verdict', 'score', 'findings', 'rewrite', 'reviewer']);
    expect(fake.requests).toHaveLength(1);
  });

  it('falls back to the rule review when the model server fails, and --no-llm never calls it', async () => {
    fake = await FakeOpenAI.start(() => errorReply(500, 'down'));
    const failed = await run(['review', '--jsonl'], input, env(fake.baseURL));
    expect(JSON.parse(failed.out)).toMatchObject({ id: 'a', verdict: 'revise', reviewer: 'rules' });
    const calls = fake.requests.length;
    const rulesOnly = await run(['review', '--jsonl', '--no-llm'], input, env(fake.baseURL));
    expect(JSON.parse(rulesOnly.out)).toMatchObject({ reviewer: 'rules' });
    expect(fake.requests).toHaveLength(calls);
  });
});
