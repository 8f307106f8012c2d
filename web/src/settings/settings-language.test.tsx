import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../api/types';
import * as layout from '../app/app-layout';
import { renderIn } from '../i18n/test-render';
import * as settings from './settings-page';

const sarah: User = {
  id: 'u1',
  email: 'sarah@example.com',
  name: 'Sarah',
  is_guest: false,
  is_admin: false,
  phone_number: null,
  phone_number_verified: false,
  phone_number_verified_at: null,
  whatsapp_opt_in: false,
  whatsapp_opt_in_at: null,
  notification_frequency: 'realtime',
  quiet_hours: null,
  locale: 'en-GB',
  locale_source: 'browser',
  created_at: '2026-11-01T09:00:00Z',
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// A language switch loads that language's catalogue first; under load that takes a moment.
const switched = { timeout: 10_000 };

/** The real app (layout and settings page) at /settings, for a signed-in person. */
function settingsApp() {
  return createMemoryRouter(
    [
      {
        path: '/',
        Component: layout.Component,
        children: [{ path: 'settings', Component: settings.Component }],
      },
    ],
    { initialEntries: ['/settings'] },
  );
}

describe('choosing a language in settings', { timeout: 30_000 }, () => {
  it('saves it as the person’s choice and switches the whole page to it', async () => {
    let me = sarah;
    const fetch = vi.fn(async (_path: string, init?: RequestInit) => {
      if (init?.method === 'PATCH') {
        const body = JSON.parse(String(init.body)) as Partial<User>;
        me = { ...me, ...body, locale_source: 'chosen' };
      }
      return new Response(JSON.stringify(me), { status: 200 });
    });
    vi.stubGlobal('fetch', fetch);
    await renderIn(<RouterProvider router={settingsApp()} />, 'en-GB');

    const language = await screen.findByLabelText('Language', {}, switched);
    // Every shipped language, each named in itself.
    expect([...(language as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      'English (UK)',
      'English (US)',
      'Español',
      'Português (Brasil)',
      'Français',
      'Deutsch',
      'हिन्दी',
      'العربية',
    ]);
    fireEvent.change(language, { target: { value: 'pt-BR' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    await screen.findByRole('heading', { name: 'Configurações' }, switched);
    expect(await screen.findByText('Suas configurações foram salvas.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Minhas mediações' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('pt-BR');
    const patch = fetch.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ locale: 'pt-BR' });
  });

  it('shows the app in the language the person saved, right to left for Arabic', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ ...sarah, locale: 'ar' }), { status: 200 })),
    );
    await renderIn(<RouterProvider router={settingsApp()} />, 'en-GB');
    await screen.findByRole('heading', { name: 'الإعدادات' }, switched);
    await waitFor(() => expect(document.documentElement.dir).toBe('rtl'));
    expect(document.documentElement.lang).toBe('ar');
  });
});
