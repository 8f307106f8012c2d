import { describe, expect, it } from 'vitest';
import type { User } from '../api/types';
import { settingsChanges, settingsValues } from './settings-form';

const user: User = {
  id: 'u1',
  email: 'sarah@example.com',
  name: 'Sarah',
  is_guest: false,
  is_admin: false,
  phone_number: '+447700900123',
  phone_number_verified: true,
  phone_number_verified_at: '2026-11-01T10:00:00Z',
  whatsapp_opt_in: true,
  whatsapp_opt_in_at: '2026-11-01T10:00:00Z',
  notification_frequency: 'realtime',
  quiet_hours: null,
  locale: 'en-GB',
  locale_source: null,
  created_at: '2026-11-01T09:00:00Z',
};

describe('settings form', () => {
  it('sends nothing when nothing changed', () => {
    const values = settingsValues(user, 'Europe/London');
    expect(settingsChanges(user, values, '+447700900123')).toEqual({});
  });

  it('sends only what changed, quiet hours as one object, and null to remove a number', () => {
    const values = {
      ...settingsValues(user, 'Europe/London'),
      name: ' Sarah J ',
      frequency: 'daily' as const,
      quietEnabled: true,
    };
    expect(settingsChanges(user, values, null)).toEqual({
      name: 'Sarah J',
      phone_number: null,
      notification_frequency: 'daily',
      quiet_hours: { start: '22:00', end: '08:00', time_zone: 'Europe/London' },
    });
  });

  it('turns quiet hours off with null', () => {
    const withQuiet = { ...user, quiet_hours: { start: '21:00', end: '07:00', time_zone: 'UTC' } };
    const values = { ...settingsValues(withQuiet, 'UTC'), quietEnabled: false };
    expect(settingsChanges(withQuiet, values, withQuiet.phone_number)).toEqual({
      quiet_hours: null,
    });
  });
});
