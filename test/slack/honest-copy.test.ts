import { renderDigest } from '../../src/slack/blocks/digest';
import { renderHelp } from '../../src/slack/blocks/help';
import { renderFeedbackModal } from '../../src/slack/blocks/feedback-modal';
import { PRINCIPLES } from '../../src/review/principles';

const visibleText = (value: unknown): string => JSON.stringify(value);

describe('what the coach promises matches what it does', () => {
  it('"Not helpful" says the suggestion also leaves the author\'s stats, and that no one else is told', () => {
    const modal = renderFeedbackModal({
      reviewId: 'r1',
      author: 'U1',
      channel: null,
      threadTs: null,
      replyTs: null,
      publicKey: null,
      responseUrl: null,
      choices: [{ key: 'hard-call-to-action:0', label: '“Sign up today”: an order to buy', votes: [] }],
    });
    const text = visibleText(modal);
    expect(text).toContain('out of the figures in your stats');
    expect(text).toContain('No one else is told');
    expect(text).not.toContain('Nothing changes anywhere else');
  });

  it('help says what "Not helpful" changes: the replies and the author’s own stats, nothing for anyone else', () => {
    const text = visibleText(renderHelp());
    expect(text).toContain('takes it out of my replies and out of your stats; no one else is told');
    expect(text).not.toContain('only takes it out of my own replies');
  });

  it("a digest whose principle is only the next in turn says it is not about anyone's posts", () => {
    const quietWeek = renderDigest({ quiet: false, figures: null, principle: PRINCIPLES.conversation });
    expect(visibleText(quietWeek.blocks)).toContain('the next in turn, not about anyone’s posts');
    const habitWeek = renderDigest({
      quiet: false,
      figures: {
        drafts: 12,
        passedFirstTime: 7,
        previousRate: null,
        people: 6,
        networks: [],
        topHabit: { rule: 'hard-call-to-action', title: 'Asking people to buy or sign up', count: 5 },
      },
      principle: PRINCIPLES.conversation,
    });
    expect(visibleText(habitWeek.blocks)).not.toContain('the next in turn');
    expect(visibleText(habitWeek.blocks)).toContain('The habit that came up most');
  });
});
