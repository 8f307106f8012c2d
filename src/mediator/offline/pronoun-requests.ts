/**
 * "Ok half is fine, send it by the 7th of every month": a request about "it" said with a yes
 * is about what was just agreed, so its when joins that commitment instead of standing alone
 * as "Rohan will send it by the 7th".
 */

import { detailPhrase, whenKind } from './detail-phrase.js';
import { findDetails } from './details.js';
import type { RawProposal } from './proposals.js';
import type { TrackedProposal } from './tracked-proposal.js';

/** Adds the request's new details to the commitment just agreed; true when it did. */
export function foldPronounRequest(
  raw: RawProposal,
  justAccepted: ReadonlySet<TrackedProposal>,
  otherId: string | null,
): boolean {
  if (raw.owner !== 'other' || !/^\p{L}+ (?:it|that|them|this)\b/iu.test(raw.action)) return false;
  const target = [...justAccepted].reverse().find((p) => p.committerId === otherId);
  if (!target) return false;
  const has = new Set(findDetails(target.action).map((d) => whenKind(d.kind)));
  const fresh = findDetails(raw.action).filter((d) => !has.has(whenKind(d.kind)));
  if (fresh.length === 0) return false;
  const phrases = fresh.map((d) => detailPhrase(raw.action, d));
  target.action = `${target.action.replace(/[\s,.;]+$/, '')} ${phrases.join(' ')}`;
  return true;
}
