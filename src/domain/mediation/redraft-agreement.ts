/**
 * The next draft after a change request: the mediator is given the latest draft and the changes
 * asked for on it, and a new draft is made as soon as someone asks for a change, so nobody has
 * to know a second command to see their change.
 */
import { Type } from '@sinclair/typebox';
import { MeediError } from '../../errors.js';
import { defineJob } from '../../jobs/job-definition.js';
import { draftAgreement } from './draft-agreement.js';

/** Drafts again after a change request, unless a newer draft or the end came first. */
export const redraftJob = defineJob({
  name: 'mediator.redraft_agreement',
  payload: Type.Object({ room_id: Type.String(), draft_id: Type.String(), user_id: Type.String() }),
  maxAttempts: 5,
  async handle(payload, services) {
    const draft = await services.db
      .selectFrom('agreement_drafts')
      .select('status')
      .where('id', '=', payload.draft_id)
      .executeTakeFirst();
    if (draft?.status !== 'open') return;
    const actor = {
      userId: payload.user_id,
      tokenId: 'redraft',
      isGuest: false,
      roomScope: payload.room_id,
    };
    try {
      await draftAgreement(services, actor, payload.room_id);
    } catch (err) {
      // The room ended or the person left meanwhile: nothing to redraft. Mediator failures retry.
      if (err instanceof MeediError && err.statusCode < 500) return;
      throw err;
    }
  },
});
