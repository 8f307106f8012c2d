/** Which mediation the chat is for, when the person takes part in more than one. */
import type { ChatContext } from './chat-context.js';
import { inRoom, roomOf, storedName } from './chat-states.js';
import * as text from './chat-texts.js';
import { CHOICE } from './choices.js';
import { latestEventId, roomChoices } from './lifecycle.js';

/** SWITCH, or a chat in more than one mediation: the list of its rooms to choose from. */
export async function offerRoomChoice(ctx: ChatContext): Promise<void> {
  const { locale } = ctx;
  const rooms = await roomChoices(ctx.services.db, ctx.conversation.userId, locale);
  if (rooms.length <= 1) {
    return ctx.say(
      rooms.length === 1
        ? text.t(locale, 'room.only_one', { title: rooms[0]!.title })
        : text.t(locale, 'room.none'),
    );
  }
  const { chat } = ctx.conversation;
  if (chat.state !== 'choose_room') {
    ctx.conversation.chat = {
      state: 'choose_room',
      roomId: roomOf(chat),
      previous: storedName(chat),
    };
  }
  await ctx.say({
    kind: 'list',
    body: text.t(locale, 'room.choose'),
    buttonLabel: text.t(locale, 'room.choose.button'),
    sections: [
      {
        rows: rooms.slice(0, 10).map((room) => ({
          id: `${CHOICE.room}${room.id}`,
          title: room.title.slice(0, 24),
          description: room.description.slice(0, 72),
        })),
      },
    ],
  });
}

/** A room tapped in the list (or a notice's Continue): the chat is for that room now. */
export async function chooseRoom(ctx: ChatContext, roomId: string): Promise<void> {
  const rooms = await roomChoices(ctx.services.db, ctx.conversation.userId, ctx.locale);
  const room = rooms.find((r) => r.id === roomId);
  if (!room) return offerRoomChoice(ctx);
  const { conversation } = ctx;
  conversation.chat = inRoom(room);
  conversation.kept.relayedEventId = await latestEventId(ctx.services.db, room.id);
  await ctx.say(text.t(ctx.locale, 'room.switched', { title: room.title }));
}
