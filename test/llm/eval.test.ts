import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';
import type { EvalReport } from '../../src/cli/eval';
import { isDraftPlusAppended, percentile, quality, readLabelled, replyPaths } from '../../src/cli/eval';
import { reviewDraft } from '../../src/review';
import { rewriteChecks, type LlmAnswer, type LlmFinding } from '../../src/review/llm';
import { completion, FakeOpenAI, type RecordedRequest, type Reply } from './fake-openai';

type Label = 'salesy' | 'broadcast' | 'conversational';

const finding = (excerpt: string, overrides: Partial<LlmFinding> = {}): LlmFinding => ({
  excerpt,
  rule: 'hard-call-to-action',
  principle: 'conversation',
  category: 'salesy',
  severity: 'warning',
  message: 'This pushes the reader instead of talking to them.',
  suggestion: 'Say it plainly and ask them something.',
  ...overrides,
});

const revise = (findings: LlmFinding[], rewrite: string): LlmAnswer => ({
  findings,
  verdict: 'revise',
  score: 30,
  rewrite,
  coaching: 'Keep the facts, drop the pressure.',
});
const pass: LlmAnswer = {
  findings: [],
  verdict: 'pass',
  score: 90,
  rewrite: null,
  coaching: 'Reads like a person.',
};

/** Labelled drafts with the answer a careful model gives each. */
const CASES: Array<{ id: string; label: Label; text: string; answer: LlmAnswer }> = [
  {
    id: 'mugs',
    label: 'salesy',
    text: 'BUY NOW!!! Only 3 left of our revolutionary mugs, ends TONIGHT: https://shop.example/mugs',
    answer: revise(
      [finding('BUY NOW!!!', { severity: 'error' }), finding('ends TONIGHT', { rule: 'urgency' })],
      'There are 3 of our mugs left, until tonight: https://shop.example/mugs Which one would you pick?',
    ),
  },
  {
    id: 'planner',
    label: 'salesy',
    text: 'HUGE NEWS!!! Our revolutionary planner is 30% off until Friday ONLY. Buy now: <https://acme.example/planner>',
    answer: revise(
      [finding('Buy now', { severity: 'error' }), finding('HUGE NEWS!!!', { rule: 'shouting' })],
      'Curious about our planner? Until Friday it costs 30% less: <https://acme.example/planner> What would you plan with it first?',
    ),
  },
  {
    id: 'book-club',
    label: 'salesy',
    text: "ONLY 10 SEATS LEFT for Thursday's book club!!! Reply YES to grab yours NOW!!!",
    answer: revise(
      [finding('grab yours NOW!!!', { rule: 'urgency' })],
      "Are you coming to Thursday's book club? There are 10 seats left, so reply YES if you would like one.",
    ),
  },
  {
    id: 'dm',
    label: 'salesy',
    text: 'Attention everyone: DM us to order today!',
    answer: revise(
      [
        finding('DM us to order today', { severity: 'error' }),
        finding('Attention everyone', { rule: 'crowd' }),
      ],
      'If you would like to order, DM us and tell us what you would use it for.',
    ),
  },
  {
    id: 'milestone',
    label: 'broadcast',
    text: 'We are thrilled to announce that we have reached 10,000 customers! We are the fastest-growing scheduling app in Europe.',
    answer: revise(
      [finding('We are thrilled to announce that', { rule: 'self-announcement', category: 'broadcast' })],
      "10,000 of you now use our scheduling app, and we'd love to hear how: what do you schedule with it?",
    ),
  },
  {
    id: 'award',
    label: 'broadcast',
    text: 'We are proud to announce that Acme Corp has been named the leading provider of cloud planners in Europe.',
    answer: revise(
      [finding('We are proud to announce that', { rule: 'self-announcement', category: 'broadcast' })],
      'Acme Corp was named a provider of cloud planners in Europe. What do you look for in a planner?',
    ),
  },
  {
    id: 'thanks',
    label: 'conversational',
    text: 'Thanks <@U024BE7LH> for showing us how you glaze the blue mugs. What colour should we try next?',
    answer: pass,
  },
  {
    id: 'pottery',
    label: 'conversational',
    text: 'Our spring pottery class is back: six Thursday evenings, $120 including clay and firing. Dates and details: https://studio.example/spring What would you love to make?',
    answer: pass,
  },
  {
    id: 'export',
    label: 'conversational',
    text: 'We shipped the new export page today. How does it work for you?',
    answer: pass,
  },
];

const BACKSTORY = 'We built this because we wanted to. ';

/** The draft a request is about: the last user turn that carries the markers. */
function draftOf(request: RecordedRequest): string {
  const turn = [...request.body.messages]
    .reverse()
    .find((m) => m.role === 'user' && m.content.includes('<<<DRAFT '));
  const match = /<<<DRAFT (\w+)\n([\s\S]*)\nDRAFT \1>>>$/.exec(turn?.content ?? '');
  return match?.[2] ?? '';
}

/** One local server, three models: one that answers well, one that invents, one that never answers. */
function responder(lookup: Map<string, LlmAnswer>) {
  return (request: RecordedRequest): Reply => {
    const answer = lookup.get(draftOf(request));
    if (!answer) return completion(pass);
    switch (request.body.model) {
      case 'careful-model':
        return completion(answer);
      case 'inventing-model': {
        // Every rewrite opens with a story the author never told; a friendly post gets flagged too.
        if (answer.verdict === 'pass' && draftOf(request).startsWith('We shipped'))
          return completion(
            revise([finding('We shipped', { severity: 'suggestion' })], `${BACKSTORY}How is it?`),
          );
        return completion(answer.rewrite ? { ...answer, rewrite: `${BACKSTORY}${answer.rewrite}` } : answer);
      }
      case 'slow-model':
        return { hang: true };
      default:
        return completion(answer, { model: request.body.model });
    }
  };
}

const dir = mkdtempSync(join(tmpdir(), 'etiquette-eval-'));
const FILE = join(dir, 'labelled.jsonl');
writeFileSync(FILE, CASES.map(({ id, label, text }) => JSON.stringify({ id, label, text })).join('\n'));

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await FakeOpenAI.start(responder(new Map(CASES.map((c) => [c.text, c.answer]))));
});
afterAll(async () => {
  await fake.close();
});

const run = (argv: string[], env: NodeJS.ProcessEnv = {}) => runCli(['eval', ...argv], '', env);

async function report(argv: string[], model: string | null, baseURL = fake.baseURL): Promise<EvalReport> {
  const env = model
    ? { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL, OPENAI_MODEL: model, LOG_LEVEL: 'silent' }
    : { OPENAI_API_KEY: '' };
  const files = argv.some((arg) => arg.endsWith('.jsonl')) ? [] : [FILE];
  const { code, out, err } = await run(['--json', ...argv, ...files], env);
  expect(err).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out) as EvalReport;
}

/** What the rules score on these drafts, counted here apart from the CLI. */
function rulesQuality(cases: Array<{ label: Label; text: string }>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { label, text } of cases) {
    const flagged = reviewDraft(text).verdict === 'revise';
    if (flagged && label !== 'conversational') tp++;
    else if (flagged) fp++;
    else if (label !== 'conversational') fn++;
    else tn++;
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / (precision + recall),
    fpr: fp / (fp + tn),
    fp,
    tn,
  };
}

const REVISE = CASES.filter((c) => c.answer.verdict === 'revise');

/** The reasons the inventing model's answers are sent back for, counted here from the guards themselves. */
function inventedReasons(): Record<string, number> {
  const rewrites = REVISE.map((c) => [c.text, `${BACKSTORY}${c.answer.rewrite}`]);
  rewrites.push([
    'We shipped the new export page today. How does it work for you?',
    `${BACKSTORY}How is it?`,
  ]);
  const reasons: Record<string, number> = {};
  for (const [draft, rewrite] of rewrites)
    for (const { code } of rewriteChecks(draft as string, rewrite as string, {}))
      reasons[code] = (reasons[code] ?? 0) + 2; // sent back twice: the answer and the retry
  expect(reasons['invented-backstory']).toBe(14);
  return reasons;
}
const PRICE = ['--price', '0.10,0.50'];
// The fake server reports 1,200 input and 180 output tokens for every request.
const costOf = (requests: number) => (requests * 1200 * 0.1 + requests * 180 * 0.5) / 1_000_000;

describe('etiquette-coach eval against a local Chat Completions server', () => {
  it('the fixture is what it says: every careful answer passes the guards, and the rules have rewrites', () => {
    for (const c of REVISE) {
      expect(rewriteChecks(c.text, c.answer.rewrite, {})).toEqual([]);
      // A checked rule rewrite, or the targeted edits when no rewrite passed its checks.
      const rule = reviewDraft(c.text);
      expect(rule.rewrite !== null || Array.isArray(rule.edits)).toBe(true);
    }
    for (const c of CASES.filter((c) => c.label === 'conversational'))
      expect(reviewDraft(c.text).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a careful model: every verdict right, nothing sent back, tokens and cost counted', async () => {
    const r = await report([...PRICE], 'careful-model');
    const m = r.model!;
    expect(r.drafts).toBe(9);
    expect(r.labels).toEqual({ salesy: 4, broadcast: 2, conversational: 3 });
    expect(m).toMatchObject({
      model: 'careful-model',
      baseURL: fake.baseURL,
      precision: 1,
      recall: 1,
      f1: 1,
      falsePositiveRate: 0,
      sent: 9,
      refined: 9,
      fallbacks: 0,
      fallbackRate: 0,
      failures: {},
      guard: { answersRejected: 0, ruleRewrite: 0 },
      tokens: { input: 9 * 1200, output: 9 * 180, inputPerDraft: 1200, outputPerDraft: 180 },
      budget: { maxCost: null, stopped: false },
    });
    expect(m.guard.byReason).toEqual({});
    expect(m.failures).toEqual({});
    expect(m.cost.usd).toBeCloseTo(costOf(9), 12);
    expect(m.cost.perThousandDrafts).toBeCloseTo((costOf(9) * 1000) / 9, 9);
    expect(m.cost.price).toEqual({ input: 0.1, output: 0.5 });
    // Rewrite proxies: six rewrites, six different closings, none the draft with a sentence tacked on,
    // and both reply paths (reply YES, DM us) kept.
    expect(m.rewrite).toEqual({
      rewrites: 6,
      commonClosing: expect.any(String),
      commonClosingShare: 1 / 6,
      draftPlusAppendedShare: 0,
      replyPathsKept: 2,
      replyPathsTotal: 2,
    });
    expect(m.latencyMs.p50).toBeLessThanOrEqual(m.latencyMs.p95 as number);
    // The rules column, side by side, matches what the rules score counted apart from the CLI.
    const rules = rulesQuality(CASES);
    expect(r.rules.precision).toBeCloseTo(rules.precision, 12);
    expect(r.rules.recall).toBeCloseTo(rules.recall, 12);
    expect(r.rules.f1).toBeCloseTo(rules.f1, 12);
    expect(r.rules.falsePositiveRate).toBeCloseTo(rules.fpr, 12);
  });

  it('a model that invents: its rewrites are sent back by reason, the rule rewrite stands, a false flag falls back', async () => {
    const r = await report([...PRICE], 'inventing-model');
    const m = r.model!;
    // Six drafts to revise: two answers each sent back, then the model's findings stand with the rule
    // rewrite, which all six have; the rules stand on the export post (flagged with an invented
    // rewrite twice, and the rules pass it, so there is no rule rewrite to stand in).
    expect(m).toMatchObject({
      precision: 1,
      recall: 1,
      falsePositiveRate: 0,
      sent: 9,
      refined: 8,
      fallbacks: 1,
      failures: { guard: 1 },
      guard: { answersRejected: 14, ruleRewrite: 6 },
      tokens: { input: 16 * 1200, output: 16 * 180 },
    });
    // Every answer invented a story; where the rules also find the invented rewrite salesy, that counts too.
    expect(m.guard.byReason).toEqual(inventedReasons());
    expect(m.fallbackRate).toBeCloseTo(1 / 9, 12);
    expect(m.cost.usd).toBeCloseTo(costOf(16), 12);
    // The rewrites people see are the rule rewrites: the same proxies as the rules column.
    expect(m.rewrite).toEqual(r.rules.rewrite);
    // And the retry told the model what it made up.
    const retries = fake.requests.filter(
      (q) => q.body.model === 'inventing-model' && q.body.messages.at(-1)?.content.startsWith('Your answer'),
    );
    expect(retries).toHaveLength(7);
    for (const q of retries) expect(q.body.messages.at(-1)?.content).toContain('first-person story');
  });

  it('a model that times out: every draft falls back to the rules, at no cost', async () => {
    const slow = await FakeOpenAI.start(() => ({ hang: true }));
    const r = await report(['--timeout', '150', '--concurrency', '9', ...PRICE], 'slow-model', slow.baseURL);
    await slow.close();
    const m = r.model!;
    expect(m).toMatchObject({
      sent: 9,
      refined: 0,
      fallbacks: 9,
      fallbackRate: 1,
      failures: { timeout: 9 },
      guard: { answersRejected: 0, byReason: {}, ruleRewrite: 0 },
      tokens: { input: 0, output: 0 },
      cost: { usd: 0 },
    });
    for (const key of ['precision', 'recall', 'f1', 'falsePositiveRate', 'rewrite'] as const)
      expect(m[key]).toEqual(r.rules[key]);
  });

  it('stops at --max-cost before the next draft would pass it', async () => {
    // $0.00021 a draft: after two, a third would make $0.00063 > $0.0005.
    const r = await report(['--concurrency', '1', '--max-cost', '0.0005', ...PRICE], 'careful-model');
    expect(r.drafts).toBe(2);
    expect(r.notEvaluated).toBe(7);
    expect(r.model?.budget).toEqual({ maxCost: 0.0005, stopped: true });
    expect(r.model?.cost.usd).toBeCloseTo(costOf(2), 12);
  });

  it('keeps --concurrency drafts in flight at once', async () => {
    fake.respondWith((request) => ({
      ...completion(CASES.find((c) => c.text === draftOf(request))?.answer ?? pass),
      delayMs: 40,
    }));
    fake.maxInFlight = 0;
    try {
      const r = await report(['--concurrency', '3'], 'careful-model');
      expect(r.model?.refined).toBe(9);
      expect(fake.maxInFlight).toBe(3);
    } finally {
      fake.respondWith(responder(new Map(CASES.map((c) => [c.text, c.answer]))));
    }
  });

  it('uses the list price of a model it knows, and says when it does not know one', async () => {
    const known = await report([], 'gpt-6-luna');
    expect(known.model?.cost.price).toEqual({ input: 0.1, output: 0.5 });
    expect(known.model?.cost.usd).toBeCloseTo(costOf(9), 12);
    const unknown = await report([], 'careful-model');
    expect(unknown.model?.cost).toEqual({
      usd: null,
      perThousandDrafts: null,
      price: null,
      priceSource: null,
    });
    const { code, err } = await run(['--max-cost', '1', FILE], {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'careful-model',
    });
    expect(code).toBe(2);
    expect(err).toMatch(/--max-cost needs a price/);
  });

  it('prints a table for people', async () => {
    const { code, out } = await run(PRICE.concat(FILE), {
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_MODEL: 'inventing-model',
      LOG_LEVEL: 'silent',
    });
    expect(code).toBe(0);
    expect(out).toMatch(
      /^9 labelled drafts from .*labelled\.jsonl \(salesy 4, broadcast 2, conversational 3\)/,
    );
    expect(out).toMatch(/precision\s+[\d.]+\s+1\.000/);
    const reasons = Object.entries(inventedReasons())
      .sort((a, b) => b[1] - a[1])
      .map(([reason, n]) => `${reason} ${n}`);
    expect(out).toContain(
      `answers sent back by the guards: 14 (${reasons.join(', ')}); rule rewrite stood in 6`,
    );
    expect(out).toContain('rules stood 1 (11.1%): guard 1');
    expect(out).toContain('tokens: 19,200 in, 2,880 out');
    expect(out).toContain(`cost: $${costOf(16).toFixed(4)} `);
  });
});

describe('etiquette-coach eval on the project corpora', () => {
  const load = (file: string) =>
    readLabelled(readFileSync(join(__dirname, '..', 'fixtures', file), 'utf8'), file).drafts;

  it.each(['drafts.jsonl', 'holdout.jsonl'])(
    'rules only: %s scores what the corpus test counts',
    async (file) => {
      const r = await report([join(__dirname, '..', 'fixtures', file)], null);
      const corpus = load(file);
      const rules = rulesQuality(corpus);
      expect(r.model).toBeNull();
      expect(r.drafts).toBe(corpus.length);
      expect(r.badLines).toBe(0);
      expect(r.rules.precision).toBeCloseTo(rules.precision, 12);
      expect(r.rules.recall).toBeCloseTo(rules.recall, 12);
      expect(r.rules.falsePositiveRate).toBeCloseTo(rules.fpr, 12);
      expect(r.rules.f1).toBeGreaterThanOrEqual(0.9);
      // Drafts sent back that got a checked rule rewrite (the others get targeted edits).
      expect(r.rules.rewrite.rewrites).toBe(
        corpus.filter((d) => reviewDraft(d.text).rewrite !== null).length,
      );
    },
  );

  it('holdout.jsonl against a model that knows the labels: the guards decide what stands', async () => {
    const corpus = load('holdout.jsonl');
    // The model flags what is labelled salesy or broadcast, quoting the first word, and offers the
    // rule rewrite (or the draft itself when the rules found nothing); it passes the rest.
    const answers = new Map<string, LlmAnswer>(
      corpus.map((d) => {
        const rules = reviewDraft(d.text);
        const first = /\S+/.exec(d.text)?.[0] as string;
        return [
          d.text,
          d.label === 'conversational' ? pass : revise([finding(first)], rules.rewrite ?? d.text),
        ];
      }),
    );
    const local = await FakeOpenAI.start(responder(answers));
    try {
      const env = {
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: local.baseURL,
        OPENAI_MODEL: 'careful-model',
        LOG_LEVEL: 'silent',
      };
      const { code, out } = await run(
        [
          '--json',
          '--concurrency',
          '8',
          '--price',
          '0,0',
          join(__dirname, '..', 'fixtures', 'holdout.jsonl'),
        ],
        env,
      );
      expect(code).toBe(0);
      const m = (JSON.parse(out) as EvalReport).model!;
      // Expected, counted here: a "pass" over a rule error is sent back twice and the rules stand; a
      // rule rewrite that fails a check (an invented detail, say) is sent back twice and stands anyway.
      let rejected = 0;
      let fallbacks = 0;
      let ruleRewrite = 0;
      let requests = 0;
      for (const d of corpus) {
        const rules = reviewDraft(d.text);
        if (d.label === 'conversational') {
          const overruled = rules.findings.some((f) => f.severity === 'error');
          rejected += overruled ? 2 : 0;
          fallbacks += overruled ? 1 : 0;
          requests += overruled ? 2 : 1;
          continue;
        }
        const failing = rewriteChecks(d.text, rules.rewrite ?? d.text, {}).length > 0;
        rejected += failing ? 2 : 0;
        ruleRewrite += failing && rules.rewrite ? 1 : 0;
        fallbacks += failing && !rules.rewrite ? 1 : 0;
        requests += failing ? 2 : 1;
      }
      expect(m.sent).toBe(corpus.length);
      expect(m.guard.answersRejected).toBe(rejected);
      expect(m.guard.ruleRewrite).toBe(ruleRewrite);
      expect(m.fallbacks).toBe(fallbacks);
      expect(m.tokens.input).toBe(requests * 1200);
      expect(m.cost.usd).toBe(0);
      // Every salesy or broadcast draft is flagged; a conversational one only where a rule error overruled the model.
      const positives = corpus.filter((d) => d.label !== 'conversational').length;
      const overruled = corpus.filter(
        (d) =>
          d.label === 'conversational' && reviewDraft(d.text).findings.some((f) => f.severity === 'error'),
      ).length;
      expect(m.recall).toBe(1);
      expect(m.precision).toBeCloseTo(positives / (positives + overruled), 12);
      expect(m.falsePositiveRate).toBeCloseTo(overruled / (corpus.length - positives), 12);
    } finally {
      await local.close();
    }
  });
});

describe('eval building blocks', () => {
  it('counts precision, recall, F1 and false positives', () => {
    const q = quality([
      { label: 'salesy', verdict: 'revise' },
      { label: 'broadcast', verdict: 'pass' },
      { label: 'conversational', verdict: 'revise' },
      { label: 'conversational', verdict: 'pass' },
    ]);
    expect(q).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, falsePositiveRate: 0.5 });
    expect(quality([])).toMatchObject({ precision: null, recall: null, f1: null, falsePositiveRate: null });
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(
      percentile(
        [...Array(100).keys()].map((i) => i + 1),
        95,
      ),
    ).toBe(95);
    expect(percentile([], 50)).toBeNull();
  });

  it('tells a draft with a sentence tacked on from a rewrite', () => {
    const draft = 'We are proud to announce our new planner app for busy teams.';
    expect(isDraftPlusAppended(draft, `${draft} What do you think?`)).toBe(true);
    expect(isDraftPlusAppended(draft, 'Our new planner app is for busy teams. How do you plan?')).toBe(false);
  });

  it('finds reply paths by kind', () => {
    expect(replyPaths('Reply YES to claim yours')).toEqual(['reply']);
    expect(replyPaths('DM us or email hi@acme.example')).toEqual(['dm', 'email']);
    expect(replyPaths('What do you think?')).toEqual([]);
  });

  it('reads labelled lines and counts the bad ones', () => {
    const { drafts, problems } = readLabelled(
      '{"id":"a","text":"hi there","label":"salesy"}\nnot json\n{"id":"b","text":"x","label":"spam"}\n\n',
      'f.jsonl',
    );
    expect(drafts).toEqual([{ id: 'a', text: 'hi there', label: 'salesy' }]);
    expect(problems).toEqual([
      'f.jsonl:2: malformed JSON',
      'f.jsonl:3: "label" must be salesy, broadcast or conversational',
    ]);
  });

  it('explains its usage errors', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([])).err).toMatch(/needs a FILE\.jsonl/);
    expect((await run(['--price', 'cheap', FILE])).err).toMatch(/--price takes IN,OUT/);
    expect((await run(['--concurrency', '0', FILE])).err).toMatch(/--concurrency must be a whole number/);
    expect((await run(['--help'])).out).toContain('Usage: etiquette-coach eval');
  });
});
