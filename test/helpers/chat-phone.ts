/**
 * A simulated phone chatting with the Meedi8 number through the emulator: what it writes, what
 * it has received, and its taps on reply buttons and list rows.
 */
import type { EmulatorState } from '../../src/emulator/state.js';
import { eventually } from './test-app.js';

export interface Received {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

type Payload = {
  text?: { body?: string };
  interactive?: {
    body?: { text?: string };
    action?: {
      buttons?: { reply: { id: string; title: string } }[];
      sections?: { rows: { id: string; title: string }[] }[];
    };
  };
  template?: { name?: string };
};

/** The words of a received message (a template shows as `[template <name>]`). */
export function textOf(message: Received): string {
  const p = message.payload as Payload;
  return (
    p.text?.body ?? p.interactive?.body?.text ?? (p.template ? `[template ${p.template.name}]` : '')
  );
}

/**
 * Meta's pair rate (a burst of 3, then about one message per 6 s to a person) scaled down, so a
 * chat test runs in seconds: the environment for Meedi8 and the option for the emulator.
 */
export const FAST_PAIR_RATE = {
  env: { WHATSAPP_PAIR_RATE_INTERVAL_MS: '150' },
  emulator: { pairRateIntervalMs: 150 },
} as const;

export function chatPhone(emulator: EmulatorState, number: string, name: string) {
  emulator.addPhone(number, { name });
  let seen = 0;
  const all = () => emulator.phone(number)!.received as unknown as Received[];
  /** Sends as the phone once the message it answers has been shown (delivered) to it. */
  const sendWhenShown = (input: Parameters<EmulatorState['sendFromPhone']>[1]) =>
    eventually(async () => {
      try {
        emulator.sendFromPhone(number, input);
        return true;
      } catch {
        return undefined;
      }
    });
  return {
    number,
    say(text: string) {
      emulator.sendFromPhone(number, { type: 'text', text });
    },
    /** Waits for a message matching `pattern`; everything before it counts as read. */
    async expect(pattern: RegExp | string, timeoutMs = 30_000): Promise<Received> {
      return eventually(async () => {
        const list = all();
        for (let i = seen; i < list.length; i++) {
          const body = textOf(list[i]!);
          if (typeof pattern === 'string' ? body.includes(pattern) : pattern.test(body)) {
            // Several lines travel in one message, so the next check starts at this one.
            seen = i;
            return list[i]!;
          }
        }
        return undefined;
      }, timeoutMs).catch((err) => {
        throw new Error(
          `${number} did not receive ${pattern}; after the last match it got: ${JSON.stringify(all().slice(seen).map(textOf))}`,
          { cause: err },
        );
      });
    },
    /** Taps the reply button titled `title` on the latest message that has it. */
    async tap(title: string) {
      const message = [...all()]
        .reverse()
        .find((m) =>
          (m.payload as Payload).interactive?.action?.buttons?.some((b) => b.reply.title === title),
        );
      if (!message) throw new Error(`no button "${title}" on ${number}`);
      const button = (message.payload as Payload).interactive!.action!.buttons!.find(
        (b) => b.reply.title === title,
      )!;
      await sendWhenShown({
        type: 'button_reply',
        button_reply: { id: button.reply.id, title },
        context: { id: message.id },
      });
    },
    /** Chooses the list row with this id on the latest list message that has it. */
    async choose(rowId: string) {
      const message = [...all()]
        .reverse()
        .find((m) =>
          (m.payload as Payload).interactive?.action?.sections?.some((s) =>
            s.rows.some((r) => r.id === rowId),
          ),
        );
      if (!message) throw new Error(`no list row ${rowId} on ${number}`);
      await sendWhenShown({
        type: 'list_reply',
        list_reply: { id: rowId },
        context: { id: message.id },
      });
    },
    count: () => all().length,
    received: all,
  };
}
