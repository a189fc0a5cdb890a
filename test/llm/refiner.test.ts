import { readFileSync } from 'node:fs';
import path from 'node:path';
import { reviewDraft, Review, type Review as ReviewType } from '../../src/review';
import {
  createLlmRefiner,
  draftTag,
  loadPrompts,
  type LlmAnswer,
  type LlmRefiner,
  type RefinementTrace,
} from '../../src/review/llm';
import { countingRefiner } from '../../src/observability/instrument';
import { metrics, registry } from '../../src/observability/metrics';
import {
  completion,
  errorReply,
  FakeOpenAI,
  memoryLogger,
  type RecordedRequest,
  type Reply,
} from './fake-openai';

const KEY = 'sk-test-0123456789abcdef';
const prompts = loadPrompts();

const SALESY = 'BUY NOW!!! Only 3 left of our revolutionary mugs, ends TONIGHT: https://shop.example/mugs';
const FRIENDLY =
  'Thanks <@U024BE7LH> for showing us how you glaze the blue mugs. What colour should we try next?';
const GOOD_REWRITE =
  'There are 3 of our mugs left, until tonight: https://shop.example/mugs Which one would you pick?';

function salesyAnswer(overrides: Partial<LlmAnswer> = {}): LlmAnswer {
  return {
    findings: [
      {
        excerpt: 'BUY NOW!!!',
        rule: 'hard-call-to-action',
        principle: 'conversation',
        category: 'salesy',
        severity: 'error',
        message: 'Ordering people to buy ends the conversation before it starts.',
        suggestion: 'Tell them what you made and ask what they think.',
      },
      {
        excerpt: 'ends TONIGHT',
        rule: 'urgency',
        principle: 'conversation',
        category: 'salesy',
        severity: 'warning',
        message: 'A countdown pressures instead of interesting.',
        suggestion: 'Drop the deadline.',
      },
    ],
    verdict: 'revise',
    score: 20,
    rewrite: GOOD_REWRITE,
    coaching: 'Share why the mugs are worth a look instead of pushing the sale.',
    ...overrides,
  };
}

const friendlyAnswer: LlmAnswer = {
  findings: [],
  verdict: 'pass',
  score: 94,
  rewrite: null,
  coaching: 'Thanking a person and asking a question invites replies.',
};

interface Harness {
  fake: FakeOpenAI;
  refiner: LlmRefiner;
  log: ReturnType<typeof memoryLogger>;
}

const open: FakeOpenAI[] = [];

async function setup(
  responder: (request: RecordedRequest, index: number) => Reply | Promise<Reply>,
  options: Parameters<typeof createLlmRefiner>[2] = {},
): Promise<Harness> {
  const fake = await FakeOpenAI.start(responder);
  open.push(fake);
  const log = memoryLogger();
  const refiner = createLlmRefiner(
    { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-6-luna' },
    log.logger,
    { prompts, attemptTimeoutMs: 400, totalTimeoutMs: 1500, maxRetries: 0, ...options },
  );
  if (!refiner) throw new Error('expected a refiner');
  return { fake, refiner, log };
}

// The first request of a process loads the client's lazy parts and the guards' phrase indexes; on a
// loaded machine that alone can outlast the tests' 400 ms attempt budget, so it happens once up front.
beforeAll(async () => {
  const fake = await FakeOpenAI.start(() => completion(salesyAnswer()));
  const warm = createLlmRefiner(
    { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: 'gpt-6-luna' },
    memoryLogger().logger,
    { prompts, attemptTimeoutMs: 10_000, totalTimeoutMs: 20_000 },
  );
  await warm?.refine(SALESY, reviewDraft(SALESY), {});
  await fake.close();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((fake) => fake.close()));
});

function userTurn(request: RecordedRequest): string {
  return request.body.messages[request.body.messages.length - 1]?.content ?? '';
}

function expectFallbackLogged(log: Harness['log'], reason: string): void {
  const line = log.lines().find((entry) => entry.event === 'llm.fallback');
  expect(line).toMatchObject({ reason, level: 40 });
  expect(log.text()).not.toContain(KEY);
  expect(log.text()).not.toContain('revolutionary mugs');
}

describe('createLlmRefiner', () => {
  it('is off without OPENAI_API_KEY', () => {
    const { logger } = memoryLogger();
    expect(
      createLlmRefiner({ OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, OPENAI_MODEL: 'x' }, logger),
    ).toBeNull();
  });
});

describe('LLM reviewer over the wire', () => {
  it('turns a structured answer into a guarded review', async () => {
    const { fake, refiner } = await setup(() => completion(salesyAnswer()));
    const ruleReview = reviewDraft(SALESY);
    const review = await refiner.refine(SALESY, ruleReview, {});
    expect(review).not.toBeNull();
    const r = review as ReviewType;
    expect(() => Review.parse(r)).not.toThrow();
    expect(r.reviewer).toBe('llm');
    expect(r.promptVersion).toBe(prompts.version);
    expect(r.verdict).toBe('revise');
    expect(r.rewrite).toBe(GOOD_REWRITE);
    expect(r.summary).toMatch(/mugs/);
    for (const finding of r.findings) expect(SALESY.slice(finding.start, finding.end)).toBe(finding.excerpt);
    expect(r.findings.map((f) => f.excerpt)).toEqual(expect.arrayContaining(['BUY NOW!!!', 'ends TONIGHT']));

    // The request: the real client, structured output, the draft only in the last user turn.
    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0] as RecordedRequest;
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request.body.model).toBe('gpt-6-luna');
    expect(request.body.reasoning_effort).toBe('none');
    expect(request.body.response_format?.type).toBe('json_schema');
    expect(request.body.response_format?.json_schema).toMatchObject({
      name: 'etiquette_review',
      strict: true,
    });
    const system = request.body.messages[0];
    expect(system?.role).toBe('system');
    expect(system?.content).not.toContain(SALESY);
    expect(system?.content).not.toContain('mugs');
    const last = request.body.messages[request.body.messages.length - 1];
    expect(last?.role).toBe('user');
    const tag = draftTag(SALESY);
    expect(last?.content).toContain(`<<<DRAFT ${tag}\n${SALESY}\nDRAFT ${tag}>>>`);
    // Only the final user turn carries the draft (the others are the worked examples).
    expect(request.body.messages.filter((m) => m.content.includes(SALESY))).toHaveLength(1);
  });

  it('accepts a pass for a friendly draft, with no rewrite', async () => {
    const { refiner } = await setup(() => completion(friendlyAnswer));
    const review = await refiner.refine(FRIENDLY, reviewDraft(FRIENDLY), {});
    expect(review).toMatchObject({ verdict: 'pass', findings: [], rewrite: null, reviewer: 'llm' });
    expect((review as ReviewType).score).toBeGreaterThanOrEqual(70);
  });

  it('falls back on 429 after the client retry, logging one line without the key', async () => {
    const { fake, refiner, log } = await setup(
      () => errorReply(429, 'Rate limit reached', { 'retry-after-ms': '5' }),
      {
        maxRetries: 1,
      },
    );
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expectFallbackLogged(log, 'rate_limited');
    expect(log.lines().filter((entry) => entry.event === 'llm.fallback')).toHaveLength(1);
  });

  it('falls back on a 500', async () => {
    const { refiner, log } = await setup(() => errorReply(500, 'boom'));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(log, 'server_error');
  });

  it('falls back on malformed JSON in the message', async () => {
    const { refiner, log } = await setup(() => completion('{"findings": [ {"excerpt": "BUY'));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(log, 'malformed_json');
  });

  it('falls back on a body that is not JSON at all', async () => {
    const { refiner } = await setup(() => ({
      raw: '<html>gateway</html>',
      headers: { 'content-type': 'text/html' },
    }));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
  });

  it('falls back on a schema violation (missing field, unknown principle)', async () => {
    const missing = await setup(() => completion({ findings: [], verdict: 'pass' }));
    expect(await missing.refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(missing.log, 'schema_violation');

    const answer = salesyAnswer();
    const bad = { ...answer, findings: [{ ...answer.findings[0], principle: 'synergy' }] };
    const unknown = await setup(() => completion(bad));
    expect(await unknown.refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(unknown.log, 'schema_violation');
  });

  it('falls back on a refusal', async () => {
    const { refiner, log } = await setup(() => completion(null, { refusal: "I can't help with that." }));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(log, 'refusal');
  });

  it('falls back when the answer was cut off', async () => {
    const { refiner, log } = await setup(() => completion('{"findings":[', { finishReason: 'length' }));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expectFallbackLogged(log, 'truncated');
  });

  it('gives up on a hanging server within the time budget', async () => {
    const { refiner, log } = await setup(() => ({ hang: true }), {
      attemptTimeoutMs: 200,
      totalTimeoutMs: 600,
      maxRetries: 1,
    });
    const review = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    expect(review).toBeNull();
    expectFallbackLogged(log, 'timeout');
  });
});

describe('guards', () => {
  it('retries once with the reason when an excerpt is not in the draft, then uses the corrected answer', async () => {
    const invented = salesyAnswer({
      findings: [{ ...salesyAnswer().findings[0]!, excerpt: 'LIMITED EDITION' }],
    });
    const { fake, refiner } = await setup((_request, index) =>
      completion(index === 0 ? invented : salesyAnswer()),
    );
    const review = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    expect(review?.reviewer).toBe('llm');
    expect(fake.requests).toHaveLength(2);
    const retry = fake.requests[1] as RecordedRequest;
    const turns = retry.body.messages;
    expect(turns[turns.length - 2]).toMatchObject({ role: 'assistant', content: JSON.stringify(invented) });
    expect(userTurn(retry)).toContain('"LIMITED EDITION" does not occur in the draft');
    expect(refiner.stats.guardRetries).toBe(1);
  });

  it('falls back to the rules when the excerpt is still invented after the retry', async () => {
    const invented = salesyAnswer({
      findings: [{ ...salesyAnswer().findings[0]!, excerpt: 'LIMITED EDITION' }],
    });
    const { fake, refiner, log } = await setup(() => completion(invented));
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expectFallbackLogged(log, 'guard');
  });

  const badRewrites: Array<[string, string, RegExp]> = [
    [
      'an added link',
      `${GOOD_REWRITE} More at <https://evil.example/win|our store>`,
      /added links or mentions.*evil\.example/,
    ],
    [
      'an added mention',
      `${GOOD_REWRITE} <@U0BADBOT> can help you order.`,
      /added links or mentions.*U0BADBOT/,
    ],
    ['an added broadcast', `<!channel> ${GOOD_REWRITE}`, /added links or mentions.*!channel/],
    [
      'a dropped link and number',
      'We made a small batch of mugs. Which glaze do you like best?',
      /dropped.*shop\.example.*"3"/,
    ],
    [
      'a rewrite that is still salesy',
      'BUY NOW!!! Only 3 left, ends TONIGHT https://shop.example/mugs',
      /still reads as salesy/,
    ],
  ];

  it.each(badRewrites)(
    'retries %s with the reason, then offers the rule rewrite',
    async (_name, rewrite, reason) => {
      const { fake, refiner } = await setup(() => completion(salesyAnswer({ rewrite })));
      const ruleReview = reviewDraft(SALESY);
      expect(ruleReview.verdict).toBe('revise');
      const review = await refiner.refine(SALESY, ruleReview, {});
      expect(fake.requests).toHaveLength(2);
      expect(userTurn(fake.requests[1] as RecordedRequest)).toMatch(reason);
      // The model's findings stand; its rewrite does not: the rule rewrite takes its place.
      expect(review?.reviewer).toBe('llm');
      expect(review?.rewrite).toBe(ruleReview.rewrite);
      expect(review?.rewrite).not.toBe(rewrite);
      expect(refiner.stats.ruleRewriteFallbacks).toBe(1);
    },
  );

  const inventions: Array<[string, string, RegExp, string]> = [
    [
      'a backstory',
      'We started making mugs because our own cups kept chipping. 3 are left: https://shop.example/mugs',
      /first-person story the author never told: "We started making mugs because our own cups kept chipping\."/,
      'invented-backstory',
    ],
    [
      'a named customer',
      'There are 3 of our mugs left, as at Blue Bottle: https://shop.example/mugs',
      /a name the draft does not mention: "Blue Bottle"/,
      'invented-entity',
    ],
    [
      'a figure',
      'There are 3 of our mugs left at $18: https://shop.example/mugs',
      /a number.*"18"/,
      'invented-figure',
    ],
    [
      'a product claim',
      "You'll love our mugs, 3 are left: https://shop.example/mugs",
      /a claim about the product.*"You'll love"/,
      'invented-product-claim',
    ],
    [
      'a detail',
      'There are 3 of our stoneware mugs left: https://shop.example/mugs',
      /a detail or description.*"stoneware"/,
      'invented-descriptor',
    ],
  ];

  it.each(inventions)(
    'sends back a rewrite that invents %s, counts it in /metrics, and the rule rewrite stands',
    async (_name, rewrite, reason, code) => {
      const { fake, refiner } = await setup(() => completion(salesyAnswer({ rewrite })));
      const traces: RefinementTrace[] = [];
      refiner.onTrace((trace) => traces.push(trace));
      // The Slack app wraps the refiner like this; its trace listener feeds /metrics.
      const counted = countingRefiner(refiner);
      const before = await metrics.guardRejections.get({ reason: code });
      const fallbacksBefore = await metrics.ruleRewriteFallbacks.get();
      const ruleReview = reviewDraft(SALESY);
      const review = await counted.refine(SALESY, ruleReview, {});
      expect(fake.requests).toHaveLength(2);
      expect(userTurn(fake.requests[1] as RecordedRequest)).toMatch(reason);
      expect(userTurn(fake.requests[1] as RecordedRequest)).toMatch(/use only what the draft says/);
      expect(review?.reviewer).toBe('llm');
      expect(review?.findings.map((f) => f.excerpt)).toEqual(expect.arrayContaining(['ends TONIGHT']));
      expect(review?.rewrite).toBe(ruleReview.rewrite);
      expect(traces).toHaveLength(1);
      expect(traces[0]).toMatchObject({ outcome: 'refined', ruleRewrite: true, attempts: 2 });
      expect(traces[0]?.rejections).toEqual([expect.arrayContaining([code]), expect.arrayContaining([code])]);
      expect(traces[0]).toMatchObject({ promptTokens: 2400, completionTokens: 360 });
      expect((await metrics.guardRejections.get({ reason: code })) - before).toBe(2);
      expect((await metrics.ruleRewriteFallbacks.get()) - fallbacksBefore).toBe(1);
      expect(await registry.metrics()).toMatch(
        new RegExp(`etiquette_llm_guard_rejections_total\\{reason="${code}"\\} \\d+`),
      );
    },
  );

  it('takes the repaired rewrite when the model drops its invention on the retry', async () => {
    const { fake, refiner } = await setup((_request, index) =>
      completion(
        salesyAnswer({
          rewrite:
            index === 0
              ? 'We built these mugs because our own kept chipping. 3 are left: https://shop.example/mugs'
              : GOOD_REWRITE,
        }),
      ),
    );
    const traces: RefinementTrace[] = [];
    refiner.onTrace((trace) => traces.push(trace));
    const review = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    expect(fake.requests).toHaveLength(2);
    expect(review?.rewrite).toBe(GOOD_REWRITE);
    expect(traces[0]).toMatchObject({
      outcome: 'refined',
      ruleRewrite: false,
      rejections: [expect.arrayContaining(['invented-backstory'])],
    });
  });

  it('uses the fixed rewrite when the retry repairs it', async () => {
    const { fake, refiner } = await setup((_request, index) =>
      completion(
        salesyAnswer({ rewrite: index === 0 ? 'BUY NOW!!! Only 3 left, ends TONIGHT' : GOOD_REWRITE }),
      ),
    );
    const review = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    expect(fake.requests).toHaveLength(2);
    expect(review?.rewrite).toBe(GOOD_REWRITE);
  });

  it('resolves null when the rewrite fails and the rules have no rewrite to offer', async () => {
    const draft = 'We shipped the new export page today. How does it work for you?';
    const ruleReview = reviewDraft(draft);
    expect(ruleReview.rewrite).toBeNull();
    const answer: LlmAnswer = {
      findings: [
        {
          excerpt: 'We shipped',
          rule: 'self-focus',
          principle: 'value',
          category: 'broadcast',
          severity: 'suggestion',
          message: 'Starts with us.',
          suggestion: 'Start with the reader.',
        },
      ],
      verdict: 'revise',
      score: 60,
      rewrite: 'BUY NOW!!! Only 3 left, ends TONIGHT',
      coaching: 'Lead with the reader.',
    };
    const { refiner } = await setup(() => completion(answer));
    expect(await refiner.refine(draft, ruleReview, {})).toBeNull();
  });

  it('retries a "revise" that names nothing to change', async () => {
    const draft = 'We shipped the new export page today. How does it work for you?';
    const empty: LlmAnswer = {
      ...friendlyAnswer,
      verdict: 'revise',
      score: 50,
      rewrite: 'How does the new export page work for you?',
    };
    const { fake, refiner } = await setup((_request, index) =>
      completion(index === 0 ? empty : friendlyAnswer),
    );
    const review = await refiner.refine(draft, reviewDraft(draft), {});
    expect(fake.requests).toHaveLength(2);
    expect(userTurn(fake.requests[1] as RecordedRequest)).toMatch(/no findings/);
    expect(review).toMatchObject({ verdict: 'pass', reviewer: 'llm' });
  });

  it('does not let the model wave through a hard sell the rules are sure of', async () => {
    const { fake, refiner, log } = await setup(() => completion({ ...friendlyAnswer, score: 100 }));
    const ruleReview = reviewDraft(SALESY);
    expect(ruleReview.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(await refiner.refine(SALESY, ruleReview, {})).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expect(userTurn(fake.requests[1] as RecordedRequest)).toMatch(
      /verdict is "pass" but the draft contains a hard sell/,
    );
    expectFallbackLogged(log, 'guard');
  });

  it('strips mentions, broadcasts and links the draft did not have from the prose', async () => {
    const answer = salesyAnswer({
      coaching:
        'Ask <@U0ADMIN> or <!here> to look at <https://evil.example|this guide> and https://evil.example/x.',
    });
    answer.findings[0]!.message = 'Shouting <!channel> reads like a billboard.';
    answer.findings[1]!.suggestion =
      'See <https://shop.example/mugs> for the link you already have, not [our guide](https://evil.example/g).';
    const { refiner } = await setup(() => completion(answer));
    const review = (await refiner.refine(SALESY, reviewDraft(SALESY), {})) as ReviewType;
    const prose = [review.summary, ...review.findings.flatMap((f) => [f.message, f.suggestion])].join('\n');
    expect(prose).not.toMatch(/<@|<!|evil\.example/);
    expect(review.summary).toContain('this guide');
    expect(prose).toContain('shop.example/mugs');
    expect(prose).toContain('not our guide.');
  });

  it("finds excerpts the model re-spaced or re-quoted, and reports the author's own text", async () => {
    const draft = "We're   proud to announce\nour new office. Come by!";
    const answer: LlmAnswer = {
      findings: [
        {
          excerpt: 'We’re proud to announce our new office',
          rule: 'self-announcement',
          principle: 'party',
          category: 'broadcast',
          severity: 'warning',
          message: 'An announcement about us.',
          suggestion: 'Invite people in.',
        },
      ],
      verdict: 'revise',
      score: 55,
      rewrite: 'Our new office has a big kitchen table. What should we cook first when you drop by?',
      coaching: 'Invite people in.',
    };
    const { refiner } = await setup(() => completion(answer));
    const review = (await refiner.refine(draft, reviewDraft(draft), {})) as ReviewType;
    expect(review).not.toBeNull();
    expect(review.findings[0]?.excerpt).toBe("We're   proud to announce\nour new office");
    expect(draft.slice(review.findings[0]!.start, review.findings[0]!.end)).toBe(review.findings[0]!.excerpt);
  });
});

describe('cache and concurrency', () => {
  it('answers a repeated draft from the cache, keyed on the normalised draft', async () => {
    const { fake, refiner } = await setup((request) =>
      completion(userTurn(request).includes('BUY NOW') ? salesyAnswer() : friendlyAnswer),
    );
    const first = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    const again = await refiner.refine(SALESY, reviewDraft(SALESY), {});
    const respaced = `  ${SALESY.replace(' ', '   ')}\n`;
    const third = await refiner.refine(respaced, reviewDraft(respaced), {});
    expect(fake.requests).toHaveLength(1);
    expect(again).toEqual(first);
    expect(third?.findings.every((f) => respaced.slice(f.start, f.end) === f.excerpt)).toBe(true);
    expect(refiner.stats).toMatchObject({ cacheHits: 2, cacheMisses: 1 });

    await refiner.refine(FRIENDLY, reviewDraft(FRIENDLY), {});
    expect(fake.requests).toHaveLength(2);
  });

  it('sends a draft already on its way to the model only once', async () => {
    const { fake, refiner } = await setup(() => ({ ...completion(salesyAnswer()), delayMs: 50 }));
    const [a, b] = await Promise.all([
      refiner.refine(SALESY, reviewDraft(SALESY), {}),
      refiner.refine(SALESY, reviewDraft(SALESY), {}),
    ]);
    expect(fake.requests).toHaveLength(1);
    expect(a?.reviewer).toBe('llm');
    expect(b).toEqual(a);
  });

  it('does not cache failures', async () => {
    const { fake, refiner } = await setup((_request, index) =>
      index === 0 ? errorReply(503, 'busy') : completion(salesyAnswer()),
    );
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).toBeNull();
    expect(await refiner.refine(SALESY, reviewDraft(SALESY), {})).not.toBeNull();
    expect(fake.requests).toHaveLength(2);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const { fake, refiner } = await setup(() => ({ ...completion(friendlyAnswer), delayMs: 60 }), {
      concurrency: 2,
      totalTimeoutMs: 5000,
    });
    const drafts = Array.from(
      { length: 7 },
      (_, i) => `Thanks <@U024BE7LH> for batch ${i}. What should we glaze next?`,
    );
    const reviews = await Promise.all(drafts.map((draft) => refiner.refine(draft, reviewDraft(draft), {})));
    expect(reviews.every((review) => review?.reviewer === 'llm')).toBe(true);
    expect(fake.requests).toHaveLength(7);
    expect(fake.maxInFlight).toBe(2);
  });

  it('gives up waiting for a slot when the total budget runs out', async () => {
    // The first call takes 400 ms of a 600 ms budget; the second would need 800 ms in all.
    const { refiner, log } = await setup(() => ({ ...completion(friendlyAnswer), delayMs: 400 }), {
      concurrency: 1,
      attemptTimeoutMs: 1000,
      totalTimeoutMs: 600,
    });
    const drafts = ['Thanks <@U024BE7LH>, what next?', 'Thanks <@U024BE7LH>, what should we try?'];
    const [first, second] = await Promise.all(
      drafts.map((draft) => refiner.refine(draft, reviewDraft(draft), {})),
    );
    expect(first?.reviewer).toBe('llm');
    expect(second).toBeNull();
    expectFallbackLogged(log, 'timeout');
  });
});

interface InjectionCase {
  id: string;
  text: string;
}

function loadInjections(): InjectionCase[] {
  const file = path.join(__dirname, '..', 'fixtures', 'injection.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as InjectionCase);
}

/** What a well-behaved model answers: the rule findings, the rule verdict, a clean rewrite keeping the facts. */
function ordinaryAnswer(draft: string): LlmAnswer {
  const rules = reviewDraft(draft);
  return {
    findings: rules.findings.slice(0, 5).map((f) => ({
      excerpt: f.excerpt,
      rule: f.rule,
      principle: f.principle,
      category: f.category,
      severity: f.severity,
      message: f.message,
      suggestion: f.suggestion,
    })),
    verdict: rules.verdict,
    score: rules.score,
    rewrite: rules.verdict === 'revise' ? rules.rewrite : null,
    coaching: 'Talk to one reader and give them something.',
  };
}

describe('prompt injection', () => {
  const cases = loadInjections();

  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: the draft stays data and gets a normal-shaped review',
    async (_id, c) => {
      const { fake, refiner } = await setup(() => completion(ordinaryAnswer(c.text)));
      const ruleReview = reviewDraft(c.text);
      const review = await refiner.refine(c.text, ruleReview, {});
      const request = fake.requests[0] as RecordedRequest;
      expect(request.body.messages[0]?.content).not.toContain(c.text.trim().slice(0, 40));
      const tag = draftTag(c.text);
      expect(userTurn(request)).toContain(`<<<DRAFT ${tag}\n${c.text}\nDRAFT ${tag}>>>`);
      expect(c.text).not.toContain(`DRAFT ${tag}>>>`);
      if (review) {
        expect(() => Review.parse(review)).not.toThrow();
        expect(review.reviewer).toBe('llm');
        for (const f of review.findings) expect(c.text.slice(f.start, f.end)).toBe(f.excerpt);
      } else {
        // Only when the rule rewrite itself could not pass the guards does the rule review stand alone.
        expect(ruleReview.verdict).toBe('revise');
      }
    },
  );

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: an obedient "pass" never overrides a hard sell',
    async (_id, c) => {
      const { refiner } = await setup(() =>
        completion({ findings: [], verdict: 'pass', score: 100, rewrite: null, coaching: 'ok' }),
      );
      const ruleReview = reviewDraft(c.text);
      const review = await refiner.refine(c.text, ruleReview, {});
      if (ruleReview.findings.some((f) => f.severity === 'error')) expect(review).toBeNull();
      else if (review) expect(() => Review.parse(review)).not.toThrow();
    },
  );
});
