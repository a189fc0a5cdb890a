import type { PrincipleId } from './types';

export interface Principle {
  id: PrincipleId;
  /** A short name for headings and buttons. */
  title: string;
  /** One line: what the principle asks of a draft. */
  summary: string;
  /** A few sentences for the "Why?" button and App Home, in our own words. */
  explanation: string;
}

// Distilled from the essays in shared/seeds, written fresh: nothing here is quoted from them.
export const PRINCIPLES: Record<PrincipleId, Principle> = {
  conversation: {
    id: 'conversation',
    title: 'Start a conversation, not a sale',
    summary: 'A post should open a conversation; sales follow from relationships, not the other way round.',
    explanation:
      'People scroll past posts that only try to close a deal. A post that starts a conversation earns replies, ' +
      'and replies turn into relationships. Those relationships are where the business comes from later, ' +
      'often in ways nobody planned. Lead with something worth talking about and let the sale take care of itself.',
  },
  human: {
    id: 'human',
    title: 'Sound like a person',
    summary: 'Talk like a person to people, not like a megaphone to a crowd.',
    explanation:
      'Nobody enjoys being shouted at in a public square, and capitals, slogans and "attention everyone" read ' +
      'exactly like that. Write the way you would talk to one person you respect: plain words, normal ' +
      'punctuation, a real voice. It is easier to reply to a person than to a billboard.',
  },
  value: {
    id: 'value',
    title: 'Give the reader something',
    summary:
      'Offer a tip, a story, a laugh or a thank-you: a post that only says "look at us" gives nothing.',
    explanation:
      "Every post asks for a moment of someone's attention, so it should pay them back. Share something useful, " +
      'tell a short story, credit someone, or make them smile. A link or a discount on its own gives the reader ' +
      'nothing to engage with; tell them why it matters to them.',
  },
  party: {
    id: 'party',
    title: 'Be a guest at the party, not the speaker at the podium',
    summary: 'Ongoing one-to-one presence beats a campaign blast.',
    explanation:
      'Social media works like a gathering where you mingle, not a stage where you give a speech. ' +
      'Press-release language and campaign announcements are a podium voice. Join the room instead: ' +
      'speak to the people in it, be specific, and show up between announcements too.',
  },
  listen: {
    id: 'listen',
    title: 'Listen and reply',
    summary: 'Behind every post is a person: invite answers, credit others, never be one-sided.',
    explanation:
      'A conversation needs two sides. Ask a real question, leave room for an answer, thank the people who ' +
      'helped, and reply when someone comments. Asking for likes and shares is not listening; asking what ' +
      'people think is.',
  },
};

export const PRINCIPLE_ORDER: PrincipleId[] = ['conversation', 'human', 'value', 'party', 'listen'];
