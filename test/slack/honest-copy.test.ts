import { renderDigest } from '../../src/slack/blocks/digest';
import { renderHelp } from '../../src/slack/blocks/help';
import { renderHowItWorks } from '../../src/slack/blocks/home';
import manifest from '../../manifest.json';
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

  it('“How it works”, one step from help, says what "Not helpful" changes: the replies and the author’s own stats, nothing for anyone else', () => {
    const text = visibleText(renderHowItWorks());
    expect(text).toContain('takes it out of my replies and out of your stats; no one else is told');
    expect(text).not.toContain('only takes it out of my own replies');
  });

  it('help is short: what the bot does, three commands, where the settings are, and where the rest is', () => {
    const help = renderHelp();
    const text = help.blocks.map((block) => JSON.stringify(block)).join('');
    expect(help.blocks.length).toBeLessThanOrEqual(2);
    expect(text.length).toBeLessThan(700);
    for (const command of ['/etiquette <your draft>', '/etiquette watch', '/etiquette settings'])
      expect(text).toContain(command);
    expect(text).toContain('*How it works* in my App Home');
  });

  it('help names the message shortcut as Slack shows it', () => {
    const shortcut = manifest.features.shortcuts.find((each) => each.callback_id === 'review_message')!;
    const text = visibleText(renderHowItWorks());
    expect(text).toContain(`choose *${shortcut.name}*`);
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
