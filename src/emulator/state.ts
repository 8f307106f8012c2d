/**
 * The emulator's in-memory world: the business number, the simulated phones and their chats,
 * templates, media, faults and webhooks. The Graph routes call into it, and tests and the
 * sandbox page drive it directly (send as a phone, read, block, inject faults).
 */
import { type Fault, FaultQueue } from './fault-injection.js';
import {
  badRequest,
  GraphError,
  missingParameter,
  type StatusError,
  statusError,
  titleFor,
} from './graph-errors.js';
import { conversationId, newWamid } from './ids.js';
import { buildInboundMessage, PhoneInputError, type PhoneMessageInput } from './inbound-message.js';
import { MediaStore, placeholderMedia, type StoredMedia } from './media-store.js';
import { checkContent, checkEnvelope, type SendEnvelope } from './message-validation.js';
import { type EmulatorOptions, type ResolvedOptions, resolveOptions } from './options.js';
import {
  type BusinessMessage,
  newUserId,
  type OutboundStatus,
  type Phone,
  PhoneBook,
  type PhoneMessage,
  type PhoneOptions,
  SERVICE_WINDOW_MS,
  webhookIds,
  windowOpen,
} from './phone-book.js';
import { RateLimits } from './rate-limits.js';
import { Scheduler } from './scheduler.js';
import { checkTemplateSend, type RenderedTemplate } from './template-send.js';
import {
  type Template,
  type TemplateCategory,
  type TemplateComponent,
  type TemplateStatus,
  TemplateStore,
} from './template-store.js';
import { validateTemplateSubmission } from './template-submission.js';
import { WebhookDispatcher, type WebhookLogEntry } from './webhook-dispatcher.js';
import {
  type BusinessIdentity,
  inboundMessagesBody,
  statusBody,
  templateStatusBody,
} from './webhook-payloads.js';

/** A snapshot of one phone: who it is, its window, and both sides of its chat. */
export interface PhoneView {
  e164: string;
  waId: string;
  name: string;
  /** The business-scoped user id, for a phone with a username (null for one from before). */
  userId: string | null;
  username: string | null;
  /** False when Meta withholds the number from the business (a username user). */
  showsNumber: boolean;
  onWhatsApp: boolean;
  blocked: boolean;
  windowOpen: boolean;
  /** When the 24-hour window closes (ms since the epoch); null if the user never wrote. */
  windowExpiresAt: number | null;
  /** Whether the business's typing indicator is showing. */
  typing: boolean;
  /** What the business sent this phone, with statuses, oldest first. */
  received: BusinessMessage[];
  /** What this phone sent the business, oldest first. */
  sent: PhoneMessage[];
}

/** The send endpoint's success body. */
export interface SendResponse {
  messaging_product: 'whatsapp';
  contacts: { input: string; wa_id?: string; user_id?: string }[];
  messages: { id: string; message_status: 'accepted' }[];
}

/** A template to seed without review (the business's existing, already reviewed templates). */
export interface TemplateSeed {
  name: string;
  language: string;
  category: TemplateCategory;
  components: TemplateComponent[];
  status?: TemplateStatus;
}

const PROGRESS: readonly OutboundStatus[] = ['accepted', 'sent', 'delivered', 'read'];

/** How long Meta shows the business's typing indicator at most. */
const TYPING_MS = 25_000;

type Obj = Record<string, unknown>;

/** The whole simulated world behind one business number. */
export class EmulatorState {
  readonly options: ResolvedOptions;
  private readonly scheduler = new Scheduler();
  private readonly phoneBook = new PhoneBook();
  private readonly templateStore = new TemplateStore();
  private readonly mediaStore = new MediaStore();
  private readonly faults = new FaultQueue();
  private readonly limits: RateLimits;
  private readonly dispatcher: WebhookDispatcher;
  private readonly outbound = new Map<string, BusinessMessage>();
  private readonly inbound = new Map<string, { phone: Phone; message: PhoneMessage }>();
  private readonly conversations = new Map<string, { id: string; expiresAt: number }>();
  /** Accepted messages that will fail: a phone can never read them. */
  private readonly pendingFailures = new Set<string>();
  private closed = false;

  constructor(opts: EmulatorOptions) {
    this.options = resolveOptions(opts);
    this.limits = new RateLimits(this.options);
    this.dispatcher = new WebhookDispatcher(
      {
        appSecret: this.options.appSecret,
        retryDelaysMs: this.options.webhookRetryDelaysMs,
        timeoutMs: this.options.webhookTimeoutMs,
        scheduler: this.scheduler,
      },
      this.options.webhookUrl,
    );
  }

  // ── Phones ────────────────────────────────────────────────────────────────

  /**
   * Adds a simulated phone (or updates its name / WhatsApp presence / username); onWhatsApp
   * defaults to true. With a username the phone gets a business-scoped user id and its webhooks
   * carry only that id, unless showNumber (Meta still links the number to it).
   */
  addPhone(e164: string, opts?: PhoneOptions): PhoneView {
    return this.view(this.phoneBook.add(e164, opts));
  }

  /**
   * The user gets a new business-scoped user id: Meta sends the `user_changed_user_id` system
   * message (from the old id) and names them by the new one from then on. Returns the new id.
   */
  changeUserId(e164: string): string {
    this.assertOpen();
    const phone = this.requirePhone(e164);
    if (phone.userId === null)
      throw new PhoneInputError(`${phone.e164} has no user id (no username)`);
    const previous = phone.userId;
    const next = newUserId(phone.e164);
    const now = this.now();
    // A wamid carries the user's id: never a number Meta withholds.
    const id = newWamid(webhookIds(phone).waId ?? phone.userId ?? phone.waId, 'inbound');
    const ids = webhookIds(phone);
    const message: Record<string, unknown> = {
      ...(ids.waId ? { from: ids.waId } : {}),
      from_user_id: previous,
      id,
      timestamp: seconds(now),
      type: 'system',
      system: {
        body: `User ${phone.name} changed from ${previous} to ${next}`,
        ...(ids.waId ? { wa_id: ids.waId } : {}),
        user_id: next,
        type: 'user_changed_user_id',
      },
    };
    this.dispatcher.post(
      `inbound:${phone.waId}`,
      'messages',
      inboundMessagesBody(this.identity(), { name: phone.name, ...ids }, [message]),
    );
    phone.userId = next;
    return next;
  }

  /** A snapshot of one phone, or undefined when no such phone was added. */
  phone(e164: string): PhoneView | undefined {
    const phone = this.phoneBook.get(e164);
    return phone ? this.view(phone) : undefined;
  }

  /** Snapshots of every phone, in the order they were added. */
  phones(): PhoneView[] {
    return this.phoneBook.all().map((p) => this.view(p));
  }

  /**
   * The phone sends a message to the business: builds Meta's inbound webhook, posts it signed,
   * opens (refreshes) the 24-hour window and returns the message id. Unknown numbers are added.
   */
  sendFromPhone(e164: string, input: PhoneMessageInput): string {
    this.assertOpen();
    const phone = this.phoneBook.get(e164) ?? this.phoneBook.add(e164);
    if (!phone.onWhatsApp) throw new PhoneInputError(`${phone.e164} is not on WhatsApp`);
    const now = this.now();
    // A wamid carries the user's id: never a number Meta withholds.
    const id = newWamid(webhookIds(phone).waId ?? phone.userId ?? phone.waId, 'inbound');
    const message = buildInboundMessage(input, {
      phone,
      sender: webhookIds(phone),
      id,
      timestamp: seconds(now),
      businessNumber: this.options.displayPhoneNumber,
      storeMedia: (type, data, mimeType, filename) =>
        this.storeInboundMedia(type, data, mimeType, filename),
      waIdOf: (number) => {
        const other = this.phoneBook.get(number);
        return other?.onWhatsApp ? other.waId : undefined;
      },
    });
    const record: PhoneMessage = {
      id,
      type: String(message.type),
      message,
      sentAt: now,
      readByBusiness: false,
    };
    phone.sent.push(record);
    this.inbound.set(id, { phone, message: record });
    phone.lastInboundAt = now;
    // Writing to a business you blocked unblocks it, as in WhatsApp.
    phone.blocked = false;
    this.dispatcher.post(
      `inbound:${phone.waId}`,
      'messages',
      inboundMessagesBody(
        this.identity(),
        { name: phone.name, username: phone.username, ...webhookIds(phone) },
        [message],
      ),
    );
    return id;
  }

  /** The phone reads one business message, or every unread one: emits `read` (after any missing sent/delivered). */
  readByPhone(e164: string, wamid?: string): number {
    const phone = this.requirePhone(e164);
    const targets = phone.received.filter(
      (m) =>
        (wamid === undefined || m.id === wamid) &&
        m.status !== 'failed' &&
        m.status !== 'read' &&
        !this.pendingFailures.has(m.id),
    );
    if (wamid !== undefined && !phone.received.some((m) => m.id === wamid)) {
      throw new PhoneInputError(`${phone.e164} has no business message ${wamid}`);
    }
    for (const message of targets) this.advance(message, 'read');
    return targets.length;
  }

  /** The user blocks the business: later sends to them fail (131026). */
  blockBusiness(e164: string): void {
    this.requirePhone(e164).blocked = true;
  }

  /** The user unblocks the business. */
  unblockBusiness(e164: string): void {
    this.requirePhone(e164).blocked = false;
  }

  /** Closes the phone's 24-hour window now, as if the user last wrote more than a day ago. */
  closeWindow(e164: string): void {
    const phone = this.requirePhone(e164);
    if (phone.lastInboundAt !== null) phone.lastInboundAt = this.now() - SERVICE_WINDOW_MS - 1;
  }

  // ── Faults ────────────────────────────────────────────────────────────────

  /** Makes the next matching send(s) fail over HTTP, fail later by status, or answer slowly. */
  injectFault(fault: Fault): void {
    this.faults.add(fault);
  }

  /** Drops every injected fault not yet used. */
  clearFaults(): void {
    this.faults.clear();
  }

  // ── Webhooks ──────────────────────────────────────────────────────────────

  /** Every webhook produced, with its exact body, signature and the receiver's answers. */
  get webhookLog(): readonly WebhookLogEntry[] {
    return this.dispatcher.log;
  }

  /** The callback URL webhooks go to (null: outbox only). */
  get webhookUrl(): string | null {
    return this.dispatcher.getUrl();
  }

  /** Sets the callback URL; webhooks waiting in the outbox go out to it in order. */
  setWebhookUrl(url: string | null): void {
    this.dispatcher.setUrl(url);
  }

  /** Whether the app is subscribed to the WABA (subscribed_apps); unsubscribed, no webhook is sent. */
  get subscribed(): boolean {
    return this.dispatcher.isSubscribed();
  }

  setSubscribed(subscribed: boolean): void {
    this.dispatcher.setSubscribed(subscribed);
  }

  // ── Templates ─────────────────────────────────────────────────────────────

  /** Every template of the WABA. */
  get templates(): Template[] {
    return this.templateStore.list().map((t) => structuredClone(t));
  }

  /** Adds an already reviewed template (APPROVED unless said otherwise) without any webhook. */
  addTemplate(seed: TemplateSeed): Template {
    let checked: ReturnType<typeof validateTemplateSubmission>;
    try {
      checked = validateTemplateSubmission(seed, { seeded: true });
    } catch (error) {
      // Seeding is programmatic: say what Meta would have said to a person.
      if (!(error instanceof GraphError)) throw error;
      const { userTitle, userMessage } = error.options;
      throw new Error(
        `Template ${seed.name} (${seed.language}) rejected: ${userTitle ?? error.message}${userMessage ? ` — ${userMessage}` : ''}`,
      );
    }
    return structuredClone(
      this.templateStore.add({ ...checked, status: seed.status ?? 'APPROVED' }),
    );
  }

  /** What `POST /{waba}/message_templates` does: validate, store as PENDING, approve after review. */
  submitTemplate(body: unknown): {
    id: string;
    status: TemplateStatus;
    category: TemplateCategory;
  } {
    const checked = validateTemplateSubmission(body);
    if (this.templateStore.find(checked.name, checked.language)) {
      throw new GraphError(400, 100, {
        message: 'Invalid parameter',
        subcode: 2388024,
        userTitle: 'Content in This Language Already Exists',
        userMessage: `There is already ${checked.language} content for this template (${checked.name}). You can create a new template and try again.`,
      });
    }
    const template = this.templateStore.add({ ...checked, status: 'PENDING' });
    this.scheduleReview(template);
    return { id: template.id, status: template.status, category: template.category };
  }

  /** Deletes a template (all languages unless one is given); returns how many went. */
  deleteTemplate(name: string, language?: string): number {
    return this.templateStore.remove(name, language);
  }

  /** Changes a template's status and sends the `message_template_status_update` webhook. */
  setTemplateStatus(name: string, language: string, status: TemplateStatus, reason = 'NONE'): void {
    const template = this.templateStore.find(name, language);
    if (!template) throw new Error(`No template ${name} in ${language}`);
    template.status = status;
    if (reason !== 'NONE') template.reason = reason;
    this.dispatcher.post(
      `template:${template.id}`,
      'message_template_status_update',
      templateStatusBody(this.options.businessAccountId, template, status, reason),
    );
  }

  // ── The business side (what the Graph endpoints do) ──────────────────────

  /**
   * `POST /{phone_number_id}/messages` for a message: Meta's validation, injected faults,
   * throughput and pair rate, then acceptance and status webhooks per statusTiming.
   */
  async sendAsBusiness(body: unknown): Promise<SendResponse> {
    this.assertOpen();
    const envelope = checkEnvelope(body);
    // A send by `recipient` reaches the phone holding that user id (any other id: undeliverable).
    if (envelope.recipientUserId !== undefined) {
      envelope.waId =
        this.phoneBook.byUserId(envelope.recipientUserId)?.waId ?? envelope.recipientUserId;
    }
    const b = body as Obj;
    let rendered: RenderedTemplate | undefined;
    if (envelope.type === 'template') {
      rendered = checkTemplateSend(this.templateStore, b.template).rendered;
      // A one-time code goes to a phone number only.
      if (rendered.category === 'AUTHENTICATION' && envelope.recipientUserId !== undefined) {
        throw badRequest(
          131009,
          'Authentication templates can only be sent to a phone number (to), not by recipient.',
        );
      }
    } else {
      checkContent(envelope.type, b);
      this.checkMediaId(envelope.type, b);
    }
    if (envelope.waId === this.options.displayPhoneNumber) throw badRequest(131021);

    const fault = this.faults.take(envelope.waId, envelope.type);
    if (fault?.delayMs) await this.scheduler.sleep(fault.delayMs);
    if (fault?.http) throw faultError(fault.http);

    const now = this.now();
    if (!this.limits.throughputAllows(now)) throw badRequest(130429);
    if (!this.limits.pairAllows(envelope.waId, now)) throw badRequest(131056);
    this.limits.record(envelope.waId, now);

    const message = this.accept(envelope, b, rendered, now);
    const failure = fault?.asStatus
      ? statusError(fault.asStatus.code, fault.asStatus.title, fault.asStatus.details)
      : this.deliveryFailure(message, envelope, now);
    this.scheduleStatuses(message, failure);
    return {
      messaging_product: 'whatsapp',
      contacts: [
        {
          input: envelope.input,
          ...(message.recipientId === undefined ? {} : { wa_id: message.recipientId }),
          ...(message.recipientUserId === undefined ? {} : { user_id: message.recipientUserId }),
        },
      ],
      messages: [{ id: message.id, message_status: 'accepted' }],
    };
  }

  /** `POST /{phone_number_id}/messages` with `status: "read"`: marks a user's message read, maybe shows typing. */
  markReadByBusiness(body: unknown): { success: true } {
    const b = (typeof body === 'object' && body !== null ? body : {}) as Obj;
    if (b.messaging_product !== 'whatsapp') throw missingParameter('messaging_product');
    if (typeof b.message_id !== 'string' || b.message_id === '')
      throw missingParameter('message_id');
    const found = this.inbound.get(b.message_id);
    if (!found) throw badRequest(100, `Message ${b.message_id} was not sent to this phone number.`);
    // Reading a message marks everything before it in that chat as read, as WhatsApp shows it.
    for (const m of found.phone.sent) {
      m.readByBusiness = true;
      if (m === found.message) break;
    }
    if (b.typing_indicator !== undefined) {
      const type = (b.typing_indicator as Obj | null)?.type;
      if (type !== 'text') {
        throw new GraphError(400, 100, {
          message: `(#100) Param typing_indicator['type'] must be one of {TEXT} - got "${String(type)}".`,
        });
      }
      found.phone.typingUntil = this.now() + TYPING_MS;
    }
    return { success: true };
  }

  /** `GET /{media_id}`: the media's description with a download URL valid for about five minutes. */
  mediaInfo(mediaId: string, downloadBase: string) {
    const media = this.mediaStore.get(mediaId);
    if (!media) return undefined;
    const token = this.mediaStore.issueToken(mediaId, this.now());
    return {
      messaging_product: 'whatsapp' as const,
      url: `${downloadBase}/${mediaId}?token=${token}`,
      mime_type: media.mimeType,
      sha256: media.sha256,
      file_size: media.bytes.length,
      id: media.id,
    };
  }

  /** The media a download URL opens, if the URL is still valid. */
  downloadMedia(mediaId: string, token: string): StoredMedia | undefined {
    return this.mediaStore.redeem(mediaId, token, this.now());
  }

  /** `POST /{phone_number_id}/media`: keeps an uploaded file and returns its new media id. */
  uploadMedia(upload: { bytes: Buffer; mimeType: string; filename?: string }): string {
    this.assertOpen();
    return this.mediaStore.add(upload.bytes, upload.mimeType, upload.filename).id;
  }

  /** A stored file by media id (uploaded by the business or sent by a phone), for the sandbox page. */
  mediaFile(mediaId: string): StoredMedia | undefined {
    return this.mediaStore.get(mediaId);
  }

  /** Whether a media id exists (uploaded or received). */
  hasMedia(mediaId: string): boolean {
    return this.mediaStore.get(mediaId) !== undefined;
  }

  /** `DELETE /{media_id}`. */
  deleteMedia(mediaId: string): boolean {
    return this.mediaStore.delete(mediaId);
  }

  /** A business message by id (any recipient). */
  businessMessage(wamid: string): BusinessMessage | undefined {
    const message = this.outbound.get(wamid);
    return message ? structuredClone(message) : undefined;
  }

  // ── Time and life cycle ───────────────────────────────────────────────────

  /** Emulator time (ms): wall time plus advanceTime(). */
  now(): number {
    return this.scheduler.now();
  }

  /** Moves emulator time forward: windows close, media URLs expire, rate limits refill. */
  advanceTime(ms: number): void {
    this.scheduler.advance(ms);
  }

  /** Resolves when no status, review or webhook delivery is pending. */
  whenIdle(): Promise<void> {
    return this.scheduler.idle();
  }

  /**
   * Forgets phones, chats, media, faults, rate counters, webhooks and pending timers. Templates
   * and the webhook URL are the business's set-up and stay, unless templates: true.
   */
  reset(opts: { templates?: boolean } = {}): void {
    this.scheduler.cancelAll();
    this.dispatcher.reset();
    this.phoneBook.clear();
    this.mediaStore.clear();
    this.faults.clear();
    this.limits.clear();
    this.outbound.clear();
    this.inbound.clear();
    this.conversations.clear();
    this.pendingFailures.clear();
    if (opts.templates) this.templateStore.clear();
    for (const t of this.templateStore.list()) if (t.status === 'PENDING') this.scheduleReview(t);
  }

  /** Stops every timer and delivery; the state cannot be used afterwards. */
  close(): void {
    this.closed = true;
    this.scheduler.cancelAll();
    this.dispatcher.stop();
  }

  // ── Internals ─────────────────────────────────────────────────────────────

  private identity(): BusinessIdentity {
    return {
      businessAccountId: this.options.businessAccountId,
      phoneNumberId: this.options.phoneNumberId,
      displayPhoneNumber: this.options.displayPhoneNumber,
    };
  }

  private accept(
    envelope: SendEnvelope,
    body: Obj,
    rendered: RenderedTemplate | undefined,
    now: number,
  ) {
    const phone = this.phoneBook.get(envelope.waId);
    const inWindow = phone ? windowOpen(phone, now) : false;
    const category = rendered ? rendered.category.toLowerCase() : 'service';
    // Free-form is free; so are utility templates inside an open window (pricing since July 2025).
    const free = !rendered || (rendered.category === 'UTILITY' && inWindow);
    const message: BusinessMessage = {
      id: newWamid(envelope.recipientUserId ?? envelope.waId, 'outbound'),
      to: envelope.waId,
      type: envelope.type,
      payload: structuredClone(body),
      acceptedAt: now,
      status: 'accepted',
      statuses: [],
      category,
      pricingType: free ? 'free_customer_service' : 'regular',
    };
    // Statuses name the recipient as Meta knows them: the number unless withheld (a send to a
    // number always shows it), the user id when they have one.
    if (envelope.recipientUserId === undefined || (phone && webhookIds(phone).waId)) {
      message.recipientId = phone?.waId ?? envelope.waId;
    }
    const userId = envelope.recipientUserId ?? phone?.userId ?? undefined;
    if (userId !== undefined) message.recipientUserId = userId;
    if (!free) message.conversation = this.conversationFor(envelope.waId, category, now);
    if (envelope.bizOpaqueCallbackData !== undefined) {
      message.bizOpaqueCallbackData = envelope.bizOpaqueCallbackData;
    }
    if (rendered) message.template = rendered;
    this.outbound.set(message.id, message);
    if (phone) {
      phone.received.push(message);
      // A reply replaces the typing indicator.
      phone.typingUntil = 0;
    }
    return message;
  }

  /** Why an accepted message will fail, if it will: the failures Meta reports only by status. */
  private deliveryFailure(message: BusinessMessage, envelope: SendEnvelope, now: number) {
    const phone = this.phoneBook.get(envelope.waId);
    if (!phone?.onWhatsApp || phone.blocked) return statusError(131026);
    if (!message.template && !windowOpen(phone, now)) return statusError(131047);
    return undefined;
  }

  /** A media message by id must name a file uploaded to (or received by) this number. */
  private checkMediaId(type: string, body: Obj): void {
    const mediaId = (body[type] as Obj | undefined)?.id;
    if (typeof mediaId === 'string' && !this.mediaStore.get(mediaId)) {
      throw badRequest(
        131009,
        `Param ${type}['id'] is not a valid WhatsApp media id: no media ${mediaId} was uploaded to this phone number (or it was deleted).`,
      );
    }
  }

  private conversationFor(waId: string, category: string, now: number) {
    const key = `${waId}:${category}`;
    const existing = this.conversations.get(key);
    if (existing && existing.expiresAt > now) return { ...existing };
    const fresh = { id: conversationId(), expiresAt: now + SERVICE_WINDOW_MS };
    this.conversations.set(key, fresh);
    return { ...fresh };
  }

  private scheduleStatuses(message: BusinessMessage, failure: StatusError | undefined): void {
    const timing = this.options.statusTiming;
    if (failure) {
      this.pendingFailures.add(message.id);
      this.scheduler.after(timing.sentMs, () => this.fail(message, failure));
      return;
    }
    this.scheduler.after(timing.sentMs, () => this.advance(message, 'sent'));
    this.scheduler.after(timing.deliveredMs, () => this.advance(message, 'delivered'));
    if (timing.readMs !== null)
      this.scheduler.after(timing.readMs, () => this.advance(message, 'read'));
  }

  /** Emits every missing status up to target, in order; never goes back, never after failed. */
  private advance(message: BusinessMessage, target: 'sent' | 'delivered' | 'read'): void {
    while (
      message.status !== 'failed' &&
      PROGRESS.indexOf(message.status) < PROGRESS.indexOf(target)
    ) {
      const next = PROGRESS[PROGRESS.indexOf(message.status) + 1] as 'sent' | 'delivered' | 'read';
      this.emitStatus(message, next);
    }
  }

  private fail(message: BusinessMessage, error: StatusError): void {
    this.pendingFailures.delete(message.id);
    if (message.status !== 'accepted') return;
    message.error = error;
    this.emitStatus(message, 'failed', [error]);
  }

  private emitStatus(
    message: BusinessMessage,
    status: 'sent' | 'delivered' | 'read' | 'failed',
    errors?: StatusError[],
  ) {
    const event = { status, timestamp: seconds(this.now()), ...(errors ? { errors } : {}) };
    message.status = status;
    message.statuses.push(event);
    this.dispatcher.post(
      `status:${message.id}`,
      'messages',
      statusBody(this.identity(), message, event),
    );
  }

  private scheduleReview(template: Template): void {
    const approve = () => {
      if (template.status === 'PENDING')
        this.setTemplateStatus(template.name, template.language, 'APPROVED');
    };
    if (this.options.templateReviewMs === 0) approve();
    else this.scheduler.after(this.options.templateReviewMs, approve);
  }

  private storeInboundMedia(
    type: string,
    data: Buffer | undefined,
    mimeType: string | undefined,
    filename?: string,
  ) {
    const placeholder = placeholderMedia[type];
    if (!placeholder) throw new PhoneInputError(`No media type ${type}`);
    return this.mediaStore.add(
      data ?? placeholder.bytes(),
      mimeType ?? placeholder.mimeType,
      filename,
    );
  }

  private requirePhone(e164: string): Phone {
    const phone = this.phoneBook.get(e164);
    if (!phone) throw new PhoneInputError(`No phone ${e164}: add it first`);
    return phone;
  }

  private view(phone: Phone): PhoneView {
    const now = this.now();
    return {
      e164: phone.e164,
      waId: phone.waId,
      name: phone.name,
      userId: phone.userId,
      username: phone.username,
      showsNumber: phone.showsNumber,
      onWhatsApp: phone.onWhatsApp,
      blocked: phone.blocked,
      windowOpen: windowOpen(phone, now),
      windowExpiresAt:
        phone.lastInboundAt === null ? null : phone.lastInboundAt + SERVICE_WINDOW_MS,
      typing: phone.typingUntil > now,
      received: structuredClone(phone.received),
      sent: structuredClone(phone.sent),
    };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('The emulator is closed');
  }
}

/** Seconds since the epoch as a string, Meta's timestamp format. */
function seconds(ms: number): string {
  return String(Math.floor(ms / 1000));
}

/** The HTTP error an injected fault answers with, worded like Meta's. */
function faultError(http: NonNullable<Fault['http']>): GraphError {
  const title = http.title ?? titleFor(http.code);
  return new GraphError(http.status, http.code, {
    message: http.message ?? (http.code === 190 ? title : `(#${http.code}) ${title}`),
    details: http.details ?? title,
  });
}
