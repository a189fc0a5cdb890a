import type { types } from '@slack/bolt';
import type { CoachedReview } from '../../coach';
import { BLOCK_LIMITS, section } from './limits';
import { renderReview } from './review';

export type ModalView = types.ModalView;

export const DRAFT_MODAL = {
  callbackId: 'review_draft',
  blockId: 'draft',
  actionId: 'draft_text',
} as const;

const title = { type: 'plain_text', text: 'Review a draft' } as const;

/** The App Home's "Review a draft" modal: paste a post, get a private review in the same window. */
export function renderDraftModal(): ModalView {
  return {
    type: 'modal',
    callback_id: DRAFT_MODAL.callbackId,
    title,
    submit: { type: 'plain_text', text: 'Review' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: DRAFT_MODAL.blockId,
        label: { type: 'plain_text', text: 'Your draft post' },
        element: {
          type: 'plain_text_input',
          action_id: DRAFT_MODAL.actionId,
          multiline: true,
          max_length: 3000,
          placeholder: { type: 'plain_text', text: 'Paste the post you are about to publish' },
        },
      },
    ],
  };
}

/**
 * The review inside the modal. Buttons are left out: a modal has no response_url to answer them
 * privately, and the rewrite is shown in full right here.
 */
export function renderReviewModal(coached: CoachedReview): ModalView {
  const { blocks } = renderReview(coached, 'details');
  const withoutButtons = blocks
    .filter((block) => block.type !== 'actions')
    .map((block) =>
      block.type === 'section' && 'accessory' in block ? { ...block, accessory: undefined } : block,
    );
  return {
    type: 'modal',
    callback_id: `${DRAFT_MODAL.callbackId}_result`,
    title,
    close: { type: 'plain_text', text: 'Done' },
    blocks: withoutButtons.slice(0, BLOCK_LIMITS.homeBlocks),
  };
}

export function renderProblemModal(message: string): ModalView {
  return {
    type: 'modal',
    title,
    close: { type: 'plain_text', text: 'Back' },
    blocks: [section(`:warning: ${message}`)],
  };
}
