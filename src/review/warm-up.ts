import { reviewDraft } from './engine';

/**
 * Drafts of our own, one per common shape (a promotion with a link and hashtags, a thank-you with a
 * mention, a question, a non-English post), so every lazily built part of the reviewer is built.
 */
const WARM_UP_DRAFTS = [
  'LAST CHANCE!!! Our whole winter range is 40% off until midnight. Shop now at https://example.com/sale #deals #sale',
  'Thank you <@U0000WARM1> for lending us the projector on Friday, the workshop went so much better with it.',
  'We repaired the old bench by the canal this weekend. Which spot in town should we fix up next?',
  'Hoy probamos una receta nueva de pan de centeno. ¿Alguien tiene un truco para que suba más?',
];

/**
 * Reviews a few drafts of its own, yielding to the event loop between them. The reviewer builds its phrase
 * indexes, model and patterns on first use, and cold code runs slowly: the first real draft after a start
 * cost about half a second of CPU, in the same thread that acks Slack. Called once the app listens, so it
 * delays nothing; afterwards the first drafts cost what later ones do.
 */
export async function warmUpReviewer(rounds = 3): Promise<void> {
  for (let round = 0; round < rounds; round += 1) {
    for (const draft of WARM_UP_DRAFTS) {
      await new Promise((resolve) => setImmediate(resolve));
      reviewDraft(draft, {});
    }
  }
}
