import type { SafetyFlag } from '../mediator/mediator.js';

/** A resource to offer someone at risk: a helpline or service in their country. */
export interface SafetyResource {
  name: string;
  /** Phone number as people dial it, or null when it is text/web only. */
  phone: string | null;
  /** Short description: who it is for, hours. */
  description: string;
  url: string | null;
}

/** Resources keyed by ISO 3166-1 alpha-2 country code; `default` for everywhere else. */
export type SafetyResourceDirectory = Record<string, SafetyResource[]>;

export type { SafetyFlag };
