/** Against an account holding Meedi8's own templates: invite, turn, break and agreement go out and the emulator accepts each. */
import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, mediationByTemplates, start } from '../helpers/account-templates.js';

afterEach(closeApps, 120_000);

describe("an account holding Meedi8's own templates", () => {
  it("sends the invite and the turn, break and agreement notices in Meedi8's shapes", async () => {
    const t = await start('meedi8');
    await mediationByTemplates(t, '+447700900985');
    const invite = t.emulator.state.phone('+447700900985')!.received[0]!;
    expect(invite.template!.body).toContain('Tap the button below to join');
  }, 90_000);
});
