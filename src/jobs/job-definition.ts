/**
 * A durable job: a name, a payload shape, a retry policy and a handler. Jobs are how Meedi8
 * reaches the outside world (mediator calls now; WhatsApp and email sends later).
 */
import type { Static, TSchema } from '@sinclair/typebox';
import type { Services } from '../services.js';

export interface JobDefinition<S extends TSchema = TSchema> {
  /** Stable task identifier stored with each job; never rename one that has shipped. */
  name: string;
  payload: S;
  /** Attempts before the job is left as permanently failed (visible, never deleted). */
  maxAttempts: number;
  /** Runs the job; throwing schedules a retry with exponential backoff. */
  handle(payload: Static<S>, services: Services): Promise<void>;
}

/** Declares a job with its payload type inferred from the schema. */
export function defineJob<S extends TSchema>(definition: JobDefinition<S>): JobDefinition<S> {
  return definition;
}
