/** Header, body and footer shared by reply-button and list messages. */
import { checkLength } from './check-limit.js';
import { WHATSAPP_LIMITS as L } from './whatsapp-limits.js';

interface FrameInput {
  body: string;
  header?: string;
  footer?: string;
}

interface ClientFrame {
  header?: { type: 'text'; text: string };
  body: { text: string };
  footer?: { text: string };
}

/** Checks and builds the text parts around an interactive message; `rule` prefixes the rule names. */
export function buildInteractiveFrame(rule: 'buttons' | 'list', message: FrameInput): ClientFrame {
  const frame: ClientFrame = {
    body: {
      text: checkLength(`${rule}.body`, 'The message body', message.body, L.interactiveBody),
    },
  };
  if (message.header !== undefined) {
    const text = checkLength(`${rule}.header`, 'The header', message.header, L.headerText);
    frame.header = { type: 'text', text };
  }
  if (message.footer !== undefined) {
    frame.footer = {
      text: checkLength(`${rule}.footer`, 'The footer', message.footer, L.footerText),
    };
  }
  return frame;
}
