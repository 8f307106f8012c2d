import { describe, expect, it } from 'vitest';
import { safeNext } from '../pages/safe-next';
import { confirmsDeletion } from '../settings/account-data';
import { closedInviteText } from './closed-invite';
import { joinTokenFromPath } from './join-path';

describe('small rules', () => {
  it('recognises invite addresses', () => {
    expect(joinTokenFromPath('/join/abc_DEF-123')).toBe('abc_DEF-123');
    expect(joinTokenFromPath('/join/abc/')).toBe('abc');
    expect(joinTokenFromPath('/join/')).toBeNull();
    expect(joinTokenFromPath('/rooms/abc')).toBeNull();
    expect(joinTokenFromPath('/join/%E0%A4%A')).toBeNull();
  });

  it('returns only to addresses on this site after signing in', () => {
    expect(safeNext('/rooms/1?x=2')).toBe('/rooms/1?x=2');
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext(null)).toBeNull();
  });

  it('says what to do with an invite that cannot be used', () => {
    expect(closedInviteText({ status: 'expired', inviter_name: 'Sarah' })).toMatch(
      /expired.*Ask Sarah/,
    );
    expect(
      closedInviteText({ status: 'revoked', inviter_name: 'Sarah', cancelled_by_name: 'Sarah' }),
    ).toMatch(/^Sarah cancelled/);
    // Closed because another invite was used or replaced it: nobody is blamed.
    const replaced = closedInviteText({
      status: 'revoked',
      inviter_name: 'Sarah',
      cancelled_by_name: null,
    });
    expect(replaced).toMatch(/replaced by a newer one or has already been used/);
    expect(replaced).not.toMatch(/cancelled/);
  });

  it('asks for the exact phrase before deleting an account', () => {
    expect(confirmsDeletion(' Delete my account ')).toBe(true);
    expect(confirmsDeletion('delete')).toBe(false);
  });
});
