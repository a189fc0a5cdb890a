import { isJab, isPressure } from '../../src/review/rewrite/sentence';
import { ranksItselfFirst } from '../../src/review/rewrite/self-ranking';
import type { Language } from '../../src/review/types';

// The sender ranked first with nothing a reader could check, in each language the rewriter covers.
const RANKS_ITSELF_FIRST: [Language, string][] = [
  ['en', 'We are the #1 estate agent in the area, and our sellers get the best prices, full stop.'],
  ['en', "We're the #1 rated gym in Stockport for a reason."],
  ['en', 'We are the best croissants in the South West, and honestly probably the UK 😎'],
  ['en', 'Our coaches are simply the best in Yorkshire.'],
  ['en', "We're officially the city's #1 fitness destination."],
  ['en', 'We are the most trusted name in home care.'],
  ['en', 'Honestly, we are the best in the business.'],
  ['es', '¡Somos los número 1!'],
  ['es', 'Somos la mejor academia de Madrid, punto.'],
  ['es', 'Somos la academia de inglés número uno de Valencia.'],
  ['nl', 'Wij zijn dé beste fietsenmaker van Utrecht!'],
  ['it', 'Siamo la palestra numero 1 di Torino!'],
  ['it', 'Siamo i migliori!'],
  ['de', 'Wir sind die Nummer 1 in Franken.'],
  ['nl', 'Wij zijn de beste bakker van Utrecht.'],
  ['fr', 'On est les meilleurs, point.'],
  ['pt', 'Somos os melhores do Porto.'],
];

// Rankings someone else gave, with their evidence; the best of something else; thanks to the people
// the sender is fond of; a feeling ranked against the sender's own past.
const NOT_SELF_RANKING: [Language, string][] = [
  ['en', "We're the best of friends."],
  ['en', 'We were voted the best gym in Leeds.'],
  ['en', "We're the best-rated gym in Leeds with 4.9 stars from 600 reviews."],
  ['en', 'Our best month yet, thanks to you.'],
  ['en', "We're at our best when you tell us what's wrong."],
  ['en', "It's the best time of year to visit."],
  ['en', "We are the most excited we've been all year."],
  ['en', "We're the first bakery in Hebden Bridge to go fully plastic-free."],
  ['en', 'Our team is the best part of this job.'],
  ['en', "We're doing our best to reply to everyone."],
  ['en', 'We are the top choice of 3,000 families.'],
  ['en', 'Our volunteers are the best.'],
  ['en', 'The most important thing is that you stay safe.'],
  ['en', 'The best thing we ever made was this community.'],
  ['en', "We're the No.1 rated bakery in Harrogate on TripAdvisor."],
  ['en', "We're the leading provider of payroll software in Ireland."],
  ['es', 'Somos los mejores amigos desde 2010.'],
  ['it', 'Siamo stati premiati i migliori di Torino.'],
  ['es', 'Somos la familia que te acompaña desde el primer día.'],
  ['de', 'Wir sind die Familie Becker aus Kassel.'],
];

describe('a sentence in which the sender ranks itself first', () => {
  it.each(RANKS_ITSELF_FIRST)('reads "%s: %s" as a self-ranking, dropped whole', (language, sentence) => {
    expect(ranksItselfFirst(sentence, language)).toBe(true);
    expect(isJab(sentence, language)).toBe(true);
    expect(isPressure(sentence, language)).toBe(true);
  });

  it.each(NOT_SELF_RANKING)('leaves "%s: %s" alone', (language, sentence) => {
    expect(ranksItselfFirst(sentence, language)).toBe(false);
  });
});
