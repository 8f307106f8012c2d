/** Reply buttons: a body and one to three buttons whose ids come back when tapped. */
import type { ButtonsMessage } from '../outbound-message.js';
import { buildInteractiveFrame } from './build-interactive-frame.js';
import { checkCount, checkLength, checkUnique } from './check-limit.js';
import type { ClientButtonsContent } from './graph-types.js';
import { WHATSAPP_LIMITS as L } from './whatsapp-limits.js';

/** Builds an interactive reply-buttons message, enforcing Meta's limits. */
export function buildButtonsContent(message: ButtonsMessage): ClientButtonsContent {
  const frame = buildInteractiveFrame('buttons', message);
  checkCount(
    'buttons.count',
    'Reply buttons',
    message.buttons.length,
    L.replyButtonsMin,
    L.replyButtonsMax,
  );
  const buttons = message.buttons.map((button, i) => {
    checkLength('buttons.id', `Button ${i + 1} id`, button.id, L.replyButtonId);
    const title = checkLength(
      'buttons.title',
      `Button ${i + 1} title`,
      button.title,
      L.replyButtonTitle,
    );
    // Ids come back verbatim in the reply and are matched exactly, so they are sent untrimmed.
    return { type: 'reply' as const, reply: { id: button.id, title } };
  });
  checkUnique(
    'buttons.id.unique',
    'Button ids',
    buttons.map((b) => b.reply.id),
  );
  checkUnique(
    'buttons.title.unique',
    'Button titles',
    buttons.map((b) => b.reply.title),
  );
  return { type: 'interactive', interactive: { type: 'button', ...frame, action: { buttons } } };
}
