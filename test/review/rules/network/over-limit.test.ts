import { rule } from '../../../../src/review/rules/network/over-limit';
import { testNetworkRule } from '../../rule-tester';

const LONG_PATH = `https://example.com/${'p'.repeat(200)}`;

testNetworkRule(rule, {
  valid: [
    { text: 'a'.repeat(280), network: 'x', note: 'exactly at the limit' },
    { text: `x: ${'a'.repeat(280)}`, note: 'the tag is not part of the post' },
    { text: '日'.repeat(140), network: 'x', note: 'CJK weighs 2: 140 of them are 280' },
    { text: 'e\u0301'.repeat(280), network: 'x', note: 'X counts after NFC: e + combining accent is 1' },
    { text: `${'a'.repeat(256)} ${LONG_PATH}`, network: 'x', note: 'any link is 23 on X' },
    {
      text: `${'a'.repeat(256)} <${LONG_PATH}|our page>`,
      network: 'x',
      note: "Slack's link markup is measured as the URL X receives",
    },
    { text: '👍🏽'.repeat(300), network: 'bluesky', note: 'a skin-toned emoji is one grapheme' },
    { text: 'e\u0301'.repeat(300), network: 'bluesky' },
    { text: `${'a'.repeat(496)}👍`, network: 'threads', note: 'an emoji is its 4 UTF-8 bytes on Threads' },
    { text: `${'a'.repeat(476)} ${LONG_PATH}`, network: 'mastodon', note: 'any link is 23 on Mastodon' },
    { text: `${'a'.repeat(480)} @sam@example.social`, network: 'mastodon', note: 'only @sam counts' },
    { text: 'a'.repeat(3000), network: 'linkedin' },
    { text: 'a'.repeat(2200), network: 'instagram' },
    { text: 'a'.repeat(5000), network: 'any', note: 'no network, no limit' },
  ],
  invalid: [
    { text: 'a'.repeat(281), network: 'x', errors: [{ excerpt: 'a', severity: 'error' }] },
    { text: `X: ${'a'.repeat(281)}`, errors: [{ excerpt: 'a' }] },
    { text: '日'.repeat(141), network: 'x', errors: [{ excerpt: '日' }] },
    { text: `${'a'.repeat(278)} 😀`, network: 'x', note: 'an emoji weighs 2', errors: [{ excerpt: '😀' }] },
    {
      text: `${'a'.repeat(257)} https://example.com/page`,
      network: 'x',
      note: 'the link that does not fit is highlighted whole',
      errors: [{ excerpt: 'https://example.com/page' }],
    },
    { text: `${'a'.repeat(299)}👍🏽👍🏽`, network: 'bluesky', errors: [{ excerpt: '👍🏽' }] },
    { text: 'e\u0301'.repeat(301), network: 'bluesky', errors: [{ excerpt: 'e\u0301' }] },
    { text: `${'a'.repeat(497)}👍`, network: 'threads', errors: [{ excerpt: '👍' }] },
    { text: `${'a'.repeat(478)} ${LONG_PATH}`, network: 'mastodon', errors: [{ excerpt: LONG_PATH }] },
    { text: 'a'.repeat(501), network: 'mastodon', errors: [{ excerpt: 'a' }] },
    { text: `${'a'.repeat(2199)}👍`, network: 'instagram', errors: [{ excerpt: '👍' }] },
    { text: `linkedin: ${'a'.repeat(3001)}`, errors: [{ excerpt: 'a' }] },
    { text: 'a'.repeat(63207), network: 'facebook', errors: [{ excerpt: 'a' }] },
  ],
});
