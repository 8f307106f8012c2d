/**
 * A faithful local stand-in for Meta's WhatsApp Cloud API (Graph send endpoint, templates,
 * media, signed status and message webhooks, simulated phones). Stand-alone: it imports nothing
 * from Meedi8, and Meedi8 reaches it only through the configurable Graph base URL.
 */
export type { Fault } from './fault-injection.js';
export type { StatusError } from './graph-errors.js';
export { guideTemplates } from './guide-templates.js';
export type { InboundMediaType, PhoneMessageInput } from './inbound-message.js';
export { PhoneInputError } from './inbound-message.js';
export { metaJson } from './meta-json.js';
export type { EmulatorOptions, StatusTiming } from './options.js';
export type { BusinessMessage, OutboundStatus, PhoneMessage, StatusEvent } from './phone-book.js';
export { emulatorPlugin } from './plugin.js';
export { appSecretProof, signatureSha256 } from './signature.js';
export { type Emulator, startEmulator } from './start-emulator.js';
export { EmulatorState, type PhoneView, type SendResponse, type TemplateSeed } from './state.js';
export type { RenderedTemplate } from './template-send.js';
export type {
  Template,
  TemplateCategory,
  TemplateComponent,
  TemplateStatus,
} from './template-store.js';
export type { WebhookLogEntry, WebhookState } from './webhook-dispatcher.js';
