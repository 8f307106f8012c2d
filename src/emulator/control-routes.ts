/**
 * The sandbox page's JSON API: list phones with their chats, add a phone, act as a phone
 * (send, tap, read, block) and look at webhooks and templates. Local use only: no auth.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Fault } from './fault-injection.js';
import { PhoneInputError, type PhoneMessageInput } from './inbound-message.js';
import { chatOf } from './render-message.js';
import type { EmulatorState, PhoneView } from './state.js';

type PhoneParams = { Params: { phone: string } };

/** Registers the control API; mount it with a prefix such as `/control`. */
export async function controlRoutes(app: FastifyInstance, opts: { state: EmulatorState }) {
  const { state } = opts;

  app.setErrorHandler((raw, _request, reply) => {
    const error = raw as Error & { statusCode?: number };
    const status =
      error instanceof PhoneInputError || isBadInput(error) ? 400 : (error.statusCode ?? 500);
    return reply.status(status).send({ error: error.message });
  });

  app.get('/business', async () => ({
    phoneNumberId: state.options.phoneNumberId,
    businessAccountId: state.options.businessAccountId,
    displayPhoneNumber: state.options.displayPhoneNumber,
    webhookUrl: state.webhookUrl,
    subscribed: state.subscribed,
  }));

  app.get('/phones', async () => ({ phones: state.phones().map(phoneJson) }));

  app.post('/phones', async (request, reply) => {
    const body = (request.body ?? {}) as {
      number?: unknown;
      name?: unknown;
      onWhatsApp?: unknown;
      username?: unknown;
      showNumber?: unknown;
    };
    if (typeof body.number !== 'string')
      return reply.status(400).send({ error: 'number is required' });
    const phone = state.addPhone(body.number, {
      ...(typeof body.name === 'string' && body.name.trim() !== ''
        ? { name: body.name.trim() }
        : {}),
      ...(typeof body.onWhatsApp === 'boolean' ? { onWhatsApp: body.onWhatsApp } : {}),
      // A username user: Meta names them by a business-scoped user id and withholds the number.
      ...(typeof body.username === 'string' && body.username.trim() !== ''
        ? { username: body.username.trim() }
        : {}),
      ...(typeof body.showNumber === 'boolean' ? { showNumber: body.showNumber } : {}),
    });
    return reply.status(201).send(phoneJson(phone));
  });

  app.get<PhoneParams>('/phones/:phone', async (request, reply) => {
    const phone = state.phone(request.params.phone);
    return phone ? phoneJson(phone) : notFound(reply, request.params.phone);
  });

  app.post<PhoneParams>('/phones/:phone/messages', async (request, reply) => {
    const input = request.body as PhoneMessageInput | undefined;
    if (!input || typeof input !== 'object' || typeof input.type !== 'string') {
      return reply.status(400).send({ error: 'a message with a type is required' });
    }
    const id = state.sendFromPhone(request.params.phone, input);
    return reply.status(201).send({ id });
  });

  app.post<PhoneParams>('/phones/:phone/read', async (request, reply) => {
    if (!state.phone(request.params.phone)) return notFound(reply, request.params.phone);
    const messageId = (request.body as { messageId?: unknown } | undefined)?.messageId;
    const read = state.readByPhone(
      request.params.phone,
      typeof messageId === 'string' ? messageId : undefined,
    );
    return { read };
  });

  app.post<PhoneParams>('/phones/:phone/block', async (request, reply) => {
    if (!state.phone(request.params.phone)) return notFound(reply, request.params.phone);
    const blocked = (request.body as { blocked?: unknown } | undefined)?.blocked !== false;
    if (blocked) state.blockBusiness(request.params.phone);
    else state.unblockBusiness(request.params.phone);
    return { blocked };
  });

  /** The user gets a new business-scoped user id (Meta's `user_changed_user_id`). */
  app.post<PhoneParams>('/phones/:phone/change-user-id', async (request, reply) => {
    const phone = state.phone(request.params.phone);
    if (!phone) return notFound(reply, request.params.phone);
    if (phone.userId === null)
      return reply.status(400).send({ error: 'the phone has no username' });
    return { userId: state.changeUserId(request.params.phone) };
  });

  app.post<PhoneParams>('/phones/:phone/close-window', async (request, reply) => {
    if (!state.phone(request.params.phone)) return notFound(reply, request.params.phone);
    state.closeWindow(request.params.phone);
    return { windowOpen: false };
  });

  app.post('/faults', async (request, reply) => {
    state.injectFault((request.body ?? {}) as Fault);
    return reply.status(201).send({ ok: true });
  });

  app.get('/webhooks', async (request) => {
    const limit = Math.min(Number((request.query as { limit?: string }).limit ?? 50) || 50, 500);
    return {
      webhooks: state.webhookLog.slice(-limit).map((entry) => ({
        seq: entry.seq,
        field: entry.field,
        state: entry.state,
        receiverStatus: entry.receiverStatus,
        attempts: entry.attempts.length,
        body: JSON.parse(entry.body) as unknown,
      })),
    };
  });

  app.get('/templates', async () => ({ templates: state.templates }));

  // A file in a chat (a document the business uploaded, a photo a phone sent), as a download.
  app.get<{ Params: { mediaId: string } }>('/media/:mediaId', async (request, reply) => {
    const media = state.mediaFile(request.params.mediaId);
    if (!media) return reply.status(404).send({ error: `No media ${request.params.mediaId}` });
    const name = media.filename ?? `media-${media.id}`;
    const ascii = name.replace(/[^\w.\- ]/g, '_');
    return reply
      .type(media.mimeType)
      .header(
        'content-disposition',
        `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      )
      .send(media.bytes);
  });

  app.post('/reset', async () => {
    state.reset();
    return { ok: true };
  });
}

function phoneJson(phone: PhoneView) {
  return {
    e164: phone.e164,
    waId: phone.waId,
    name: phone.name,
    userId: phone.userId,
    username: phone.username,
    showsNumber: phone.showsNumber,
    onWhatsApp: phone.onWhatsApp,
    blocked: phone.blocked,
    windowOpen: phone.windowOpen,
    windowExpiresAt: phone.windowExpiresAt,
    typing: phone.typing,
    chat: chatOf(phone),
  };
}

function notFound(reply: FastifyReply, phone: string) {
  return reply.status(404).send({ error: `No phone ${phone}` });
}

/** Errors from the state that mean the caller asked for something impossible. */
function isBadInput(error: Error): boolean {
  return /^(Not a phone number|No template|fault\.)/.test(error.message);
}
