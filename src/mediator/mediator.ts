import type { Locale } from '../i18n/locales.js';

/**
 * The AI mediator as the domain sees it: what it is asked and what it answers.
 * Providers (Claude, the offline facilitator) implement `Mediator`; nothing outside
 * `mediator/` knows which one is in use.
 */

/** The stages of a facilitative mediation, in the order they are usually walked. */
export const MEDIATION_STAGES = [
  'opening',
  'perspectives',
  'understanding',
  'common_ground',
  'options',
  'agreement',
] as const;
export type MediationStage = (typeof MEDIATION_STAGES)[number];

/**
 * Kinds of risk, after recognised screening practice (shared/SAFETY-PRACTICE.md). Stored as text in
 * `safety_flags.category`; never shown to the other participant.
 */
export const SAFETY_CATEGORIES = [
  'violence',
  'threats',
  'fear',
  'coercive_control',
  'stalking',
  'financial_control',
  'sexual_coercion',
  'child_risk',
  'self_harm',
] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** A risk noticed in a message; the domain pauses the joint session on any flag. */
export interface SafetyFlag {
  category: SafetyCategory;
  /** Short reason for the record (never shown to the other participant). */
  reason: string;
}

export interface MediatorParticipant {
  id: string;
  name: string;
  role: 'owner' | 'invitee';
  /** The language the person reads and writes (English (UK) when absent). */
  locale?: Locale;
}

/** One line of the joint conversation both participants can see, oldest first. */
export interface TranscriptEntry {
  /** `null` for the mediator's own lines. */
  participantId: string | null;
  text: string;
  at: Date;
}

interface RequestBase {
  room: { id: string; title: string; topic: string | null };
  /** Both participants (one while the room is still waiting). */
  participants: MediatorParticipant[];
  /** The joint conversation so far, oldest first, including `latest` when there is one. */
  transcript: TranscriptEntry[];
}

/** The room has just become active: welcome both people and explain how it works. */
export interface OpeningRequest extends RequestBase {
  kind: 'opening';
  /** Who speaks first. */
  nextSpeakerId: string;
}

/** A participant has spoken in turn: answer it and hand the turn to `nextSpeakerId`. */
export interface ReplyRequest extends RequestBase {
  kind: 'reply';
  latest: {
    participantId: string;
    text: string;
    /**
     * `summary`: the writer's private screening asked for care ("adapt"), so their words reach the
     * other person only as the mediator's summary: the reply names what it is about and what
     * matters, never quotes or closely rewords them. Absent: reflected as usual.
     */
    relay?: 'summary';
  };
  nextSpeakerId: string;
}

/** A person's answer to an earlier draft asking for something to change, in their words. */
export interface DraftChangeRequest {
  participantId: string;
  note: string;
}

/** Draft the agreement from what was actually said and offered. */
export interface DraftAgreementRequest extends RequestBase {
  kind: 'draft_agreement';
  /** The latest earlier draft of this room, when there is one. */
  previousDraft?: AgreementDraft;
  /** Changes asked for on `previousDraft`, oldest first: each is applied or shown as an amendment. */
  changeRequests?: DraftChangeRequest[];
}

/** Private coaching with one person before the joint session (nothing here is shown to the other). */
export interface IntakeRequest extends RequestBase {
  kind: 'intake';
  /** The person being coached (also the only entry of `participants`). */
  personId: string;
  /** The private conversation so far, oldest first, mediator lines have participantId null; includes `latest`. */
  transcript: TranscriptEntry[];
  /** What the person has just written. */
  latest: { text: string };
  /** The other person, once named or invited. */
  partner: { name: string | null; invited: boolean };
  /** 'owner': started the mediation and will invite; 'invitee': was invited and is about to join. */
  role: 'owner' | 'invitee';
  /** The front end has already told the person their words here are private (the chat's greeting). */
  privacyPromised?: boolean;
}

export type MediatorRequest = OpeningRequest | ReplyRequest | DraftAgreementRequest | IntakeRequest;

export interface AgreementCommitment {
  /** Who commits; `null` when both do. */
  participantId: string | null;
  /** A concrete, checkable action (who does what, when). */
  text: string;
}

export interface AgreementDraft {
  /** One or two sentences on what the agreement settles. */
  summary: string;
  commitments: AgreementCommitment[];
  /** The whole agreement as plain text, ready to confirm or edit. */
  text: string;
  /**
   * The same draft written for each other language in the room (its summary and text; the
   * commitments are the people's own words), so each person reads it in their own.
   */
  versions?: Partial<Record<Locale, { text: string; summary: string }>>;
}

export interface MediatorResponse {
  /** What the mediator says to both participants (plain text, no markdown headings). */
  reply: string;
  /** The language `reply` is written in (absent: the first participant's). */
  replyLocale?: Locale;
  /**
   * The same reply written for each other language in the room, when the two people read
   * different languages; each person reads the version in their own.
   */
  replyVersions?: Partial<Record<Locale, string>>;
  /** The stage the mediator believes the mediation is in after this reply. */
  stage: MediationStage;
  /** Risks the provider noticed in the latest message (in addition to the screening). */
  safetyFlags: SafetyFlag[];
  /** Present for `draft_agreement` requests. */
  agreement?: AgreementDraft;
  /** Present for `intake` requests. */
  intake?: {
    /** True once the person has said what happened, how they feel and what they need. */
    readyForJointSession: boolean;
  };
}

/** One participant's message, to be read by someone who reads another language. */
export interface TranslationRequest {
  text: string;
  /** The tag it was written in, when known. */
  from: string | null;
  to: Locale;
}

/** An AI mediator provider. */
export interface Mediator {
  /** Stable provider name for logs and metrics (`claude`, `offline`). */
  readonly name: string;
  /** Answers one request; rejects with `MediatorUnavailableError` when the provider fails. */
  respond(request: MediatorRequest, signal?: AbortSignal): Promise<MediatorResponse>;
  /**
   * Translates a participant's message faithfully; present only for providers that can
   * (Claude). Rejects with `MediatorUnavailableError` when the provider fails.
   */
  translate?(request: TranslationRequest, signal?: AbortSignal): Promise<string>;
}

/** The provider could not answer (network, timeout, rate limit, bad output); try again later. */
export class MediatorUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MediatorUnavailableError';
  }
}
