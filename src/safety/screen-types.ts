import type { SafetyCategory, SafetyFlag } from '../mediator/mediator.js';

/** A resource to offer someone at risk: a helpline or service in their country. */
export interface SafetyResource {
  name: string;
  /** Phone number as people dial it, or null when it is text/web only. */
  phone: string | null;
  /** Short description: who it is for, hours. */
  description: string;
  /**
   * The name and description in other languages, by language ("pt"): what someone who reads
   * that language is shown instead of the English.
   */
  inLanguage?: Record<string, { name?: string; description: string }>;
  url: string | null;
  /** Risks this resource helps with; absent means it suits every risk (e.g. emergency services). */
  categories?: SafetyCategory[];
  /** True for the emergency number, which the reply names for immediate danger. */
  emergency?: boolean;
  /** Where the number was checked (the service's own page). */
  source?: string;
  /** When the number was last checked against `source` (YYYY-MM-DD), or null if not yet. */
  lastChecked?: string | null;
}

/** Resources keyed by ISO 3166-1 alpha-2 country code; `default` for everywhere else. */
export type SafetyResourceDirectory = Record<string, SafetyResource[]>;

export type { SafetyCategory, SafetyFlag };
