/**
 * The WhatsApp Cloud API client: sends Meedi8's messages and answers the operator's questions
 * (templates, phone number, webhook subscription, token). Messages are validated and built
 * before any request, so an invalid message costs nothing against Meta's limits.
 */
import type { OutboundWhatsApp } from '../outbound-message.js';
import { buildClientMessages } from './build-message.js';
import { GraphApiError } from './graph-api-error.js';
import { createGraphTransport } from './graph-transport.js';
import type {
  ClientCreateTemplateRequest,
  ClientMarkRead,
  ServerCreateTemplateResponse,
  ServerDebugToken,
  ServerMediaInfo,
  ServerPage,
  ServerPhoneNumber,
  ServerSendResponse,
  ServerSubscribedApp,
  ServerSuccess,
  ServerTemplate,
  ServerUploadedMedia,
} from './graph-types.js';
import { InvalidOutboundMessageError } from './invalid-outbound-message-error.js';
import { MEDIA_UPLOAD_LIMITS } from './whatsapp-limits.js';
import { addressOf } from './whatsapp-recipient.js';

/** Credentials and addresses of one WhatsApp business number. */
export interface GraphClientOptions {
  graphUrl: string;
  apiVersion: string;
  accessToken: string;
  appSecret: string | null;
  phoneNumberId: string;
  businessAccountId: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** A file to upload: its bytes, MIME type and the name it is shown under. */
export interface MediaUpload {
  bytes: Buffer;
  mimeType: string;
  filename: string;
}

/** What an accepted send returns. */
export interface SendResult {
  /** One wamid per send, in order (several when a long text was split). */
  wamids: string[];
  /** `accepted`, or the first other status Meta gave (`held_for_quality_assessment`, `paused`). */
  messageStatus: string;
}

/** The Graph API calls Meedi8 makes. */
export interface GraphClient {
  /**
   * Sends a message to an E.164 number, or to a business-scoped user id (by `recipient`); throws
   * `InvalidOutboundMessageError` or `GraphApiError`.
   */
  sendMessage(
    toE164OrUserId: string,
    message: OutboundWhatsApp,
    options?: { callbackData?: string },
  ): Promise<SendResult>;
  /** Marks an inbound message read (blue ticks), optionally showing "typing…" until the reply. */
  markRead(wamid: string, options?: { typing?: boolean }): Promise<void>;
  /** Looks up where to download an inbound media file (the URL expires after about 5 minutes). */
  getMedia(mediaId: string): Promise<ServerMediaInfo>;
  /** Downloads a media URL from `getMedia`. */
  downloadMedia(url: string): Promise<Buffer>;
  /** Uploads a file (an agreement PDF) to send by id; returns the media id. */
  uploadMedia(file: MediaUpload): Promise<string>;
  /** Every template of the business account, all languages. */
  listTemplates(): Promise<ServerTemplate[]>;
  /** Submits a template for Meta's review. */
  createTemplate(definition: ClientCreateTemplateRequest): Promise<ServerCreateTemplateResponse>;
  /** The business phone number: display number, verified name, quality rating, messaging tier. */
  getPhoneNumber(): Promise<ServerPhoneNumber>;
  /** Apps subscribed to the business account's webhooks. */
  getSubscribedApps(): Promise<ServerSubscribedApp[]>;
  /** Subscribes this token's app to the business account's webhooks. */
  subscribeApp(): Promise<boolean>;
  /** What Meta knows of the access token: validity, expiry, app, scopes. */
  debugToken(): Promise<ServerDebugToken['data']>;
}

// Templates are listed a page at a time; a business account holds at most a few hundred.
const TEMPLATE_PAGE_SIZE = 100;
const MAX_TEMPLATE_PAGES = 50;
const TEMPLATE_FIELDS = 'name,language,status,category,components,rejected_reason';
const PHONE_FIELDS =
  'display_phone_number,verified_name,quality_rating,messaging_limit_tier,name_status,status';

/** Creates a Graph client for one business number. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const graph = createGraphTransport(options);
  const { phoneNumberId, businessAccountId } = options;

  return {
    async sendMessage(toE164OrUserId, message, sendOptions = {}) {
      const bodies = buildClientMessages(addressOf(toE164OrUserId), message).map((body) =>
        sendOptions.callbackData
          ? { ...body, biz_opaque_callback_data: sendOptions.callbackData }
          : body,
      );
      const wamids: string[] = [];
      let messageStatus = 'accepted';
      for (const body of bodies) {
        let answer: ServerSendResponse;
        try {
          answer = await graph.call<ServerSendResponse>({
            method: 'POST',
            path: `${phoneNumberId}/messages`,
            body,
          });
        } catch (err) {
          // Earlier parts of a split text are already on their way; say which.
          if (err instanceof GraphApiError) err.sentWamids = [...wamids];
          throw err;
        }
        const sent = answer.messages?.[0];
        if (!sent?.id) throw missingWamid(wamids);
        wamids.push(sent.id);
        const status = sent.message_status ?? 'accepted';
        if (messageStatus === 'accepted') messageStatus = status;
      }
      return { wamids, messageStatus };
    },

    async markRead(wamid, markOptions = {}) {
      const body: ClientMarkRead = {
        messaging_product: 'whatsapp',
        status: 'read',
        message_id: wamid,
      };
      if (markOptions.typing) body.typing_indicator = { type: 'text' };
      await graph.call<ServerSuccess>({ method: 'POST', path: `${phoneNumberId}/messages`, body });
    },

    getMedia(mediaId) {
      return graph.call<ServerMediaInfo>({ method: 'GET', path: encodeURIComponent(mediaId) });
    },

    downloadMedia(url) {
      return graph.download(url);
    },

    async uploadMedia(file) {
      checkUpload(file);
      const form = new FormData();
      form.append('messaging_product', 'whatsapp');
      form.append('type', file.mimeType);
      form.append('file', new Blob([file.bytes], { type: file.mimeType }), file.filename);
      const answer = await graph.call<ServerUploadedMedia>({
        method: 'POST',
        path: `${phoneNumberId}/media`,
        form,
      });
      if (!answer.id) throw missingMediaId();
      return answer.id;
    },

    async listTemplates() {
      const templates: ServerTemplate[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_TEMPLATE_PAGES; page++) {
        const query: Record<string, string> = {
          fields: TEMPLATE_FIELDS,
          limit: String(TEMPLATE_PAGE_SIZE),
        };
        if (after) query.after = after;
        const answer = await graph.call<ServerPage<ServerTemplate>>({
          method: 'GET',
          path: `${businessAccountId}/message_templates`,
          query,
        });
        templates.push(...(answer.data ?? []));
        after = answer.paging?.cursors?.after;
        if (!answer.paging?.next || !after) break;
      }
      return templates;
    },

    createTemplate(definition) {
      return graph.call<ServerCreateTemplateResponse>({
        method: 'POST',
        path: `${businessAccountId}/message_templates`,
        body: definition,
      });
    },

    getPhoneNumber() {
      return graph.call<ServerPhoneNumber>({
        method: 'GET',
        path: phoneNumberId,
        query: { fields: PHONE_FIELDS },
      });
    },

    async getSubscribedApps() {
      const answer = await graph.call<ServerPage<ServerSubscribedApp>>({
        method: 'GET',
        path: `${businessAccountId}/subscribed_apps`,
      });
      return answer.data ?? [];
    },

    async subscribeApp() {
      const answer = await graph.call<ServerSuccess>({
        method: 'POST',
        path: `${businessAccountId}/subscribed_apps`,
      });
      return answer.success === true;
    },

    async debugToken() {
      const answer = await graph.call<ServerDebugToken>({
        method: 'GET',
        path: 'debug_token',
        query: { input_token: options.accessToken },
      });
      return answer.data;
    },
  };
}

function missingWamid(sentBefore: string[]): GraphApiError {
  const error = new GraphApiError({
    httpStatus: 200,
    code: 0,
    subcode: null,
    title: 'Unexpected answer',
    message: 'Graph accepted the send but returned no message id',
    details: null,
    fbtraceId: null,
    failureClass: 'transient',
  });
  error.sentWamids = [...sentBefore];
  return error;
}

// Meta refuses other types and larger files; checking first costs nothing against its limits.
function checkUpload(file: MediaUpload): void {
  const mimeType = file.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const limit = MEDIA_UPLOAD_LIMITS[mimeType];
  if (limit === undefined) {
    throw new InvalidOutboundMessageError(
      'media.type',
      `WhatsApp does not accept ${file.mimeType} files; send a PDF, an image, audio or video of a supported type.`,
    );
  }
  if (file.bytes.length === 0) {
    throw new InvalidOutboundMessageError('media.empty', 'The file to upload is empty.');
  }
  if (file.bytes.length > limit) {
    throw new InvalidOutboundMessageError(
      'media.size',
      `The file has ${file.bytes.length} bytes; WhatsApp accepts ${mimeType} files of at most ${limit} bytes.`,
    );
  }
  if (file.filename.trim() === '') {
    throw new InvalidOutboundMessageError('media.filename', 'The file to upload needs a name.');
  }
}

function missingMediaId(): GraphApiError {
  return new GraphApiError({
    httpStatus: 200,
    code: 0,
    subcode: null,
    title: 'Unexpected answer',
    message: 'Graph accepted the upload but returned no media id',
    details: null,
    fbtraceId: null,
    failureClass: 'transient',
  });
}
