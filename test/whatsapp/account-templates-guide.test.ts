/** Against an account holding the setup guide's hand-made templates, as the guide spells them: invite, turn, break and agreement go out and the emulator accepts each. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, mediationByTemplates, start } from '../helpers/account-templates.js';

afterEach(closeApps, 120_000);

describe("an account holding the guide's hand-made templates", () => {
  it("sends the invite and the turn, break and agreement notices in the guide's shapes", async () => {
    const t = await start('guide');
    await mediationByTemplates(t, '+447700900981');
    const invite = t.emulator.state.phone('+447700900981')!.received[0]!;
    expect(invite.template!.body).toContain('Join here: http://meedi8.test/join/');
  }, 90_000);
});
