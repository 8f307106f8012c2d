import { errors } from '../../errors.js';
import { MESSAGE_MAX_LENGTH } from '../limits.js';

/** What a participant wrote, trimmed; a 422 when it is empty or longer than the limit. */
export function messageText(text: string): string {
  const body = text.trim();
  if (body.length === 0)
    throw errors.invalidInput('message is empty. Write what you would like to say.');
  if (body.length > MESSAGE_MAX_LENGTH) {
    throw errors.invalidInput(
      `message is ${body.length} characters; the limit is ${MESSAGE_MAX_LENGTH}.`,
    );
  }
  return body;
}
