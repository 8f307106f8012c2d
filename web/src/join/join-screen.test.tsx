import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderIn } from '../i18n/test-render';
import { JoinScreen } from './join-screen';

const preview = {
  channel: 'whatsapp',
  whatsapp_number_hint: '•••• 0940',
  room_title: 'Weekend chores',
  topic: 'Who does the dishes',
  inviter_name: 'سارا',
  recipient_name: 'Jo',
  status: 'pending',
  expires_at: '2026-12-01T10:00:00Z',
};

function respond(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status });
}

/** The API as the join page sees it: a guest (no session), this preview, this answer to joining. */
function api(invite: unknown, joined?: () => Response) {
  return vi.fn(async (path: string, init?: RequestInit) => {
    if (path === '/api/users/me')
      return respond(401, { error: { code: 'unauthenticated', message: 'x' } });
    if (init?.method === 'POST') return joined ? joined() : respond(500, {});
    return respond(200, invite);
  });
}

const posts = (fetch: ReturnType<typeof api>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === 'POST') as [string, RequestInit][];

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('JoinScreen', () => {
  it('shows who invited you and about what, with the WhatsApp choice unticked', async () => {
    vi.stubGlobal('fetch', api(preview));
    render(<JoinScreen token="tok" />);
    expect(await screen.findByRole('heading', { name: /سارا invited you/ })).toBeTruthy();
    expect(screen.getByText('Weekend chores')).toBeTruthy();
    expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Jo');
    const optIn = screen.getByRole('checkbox', {
      name: /updates about this mediation on WhatsApp/,
    });
    expect((optIn as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/•••• 0940/)).toBeTruthy();
  });

  it('ties a missing name’s error to the field and does not send', async () => {
    const fetch = api({ ...preview, recipient_name: null });
    vi.stubGlobal('fetch', fetch);
    render(<JoinScreen token="tok" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join the mediation' }));
    const name = screen.getByLabelText('Your name');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Enter your name/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(alert.id);
    expect(posts(fetch)).toEqual([]);
  });

  it('sends the name and the choice, and shows the server’s message when joining fails', async () => {
    const fetch = api(preview, () =>
      respond(409, { error: { code: 'room_full', message: 'The room is full (server words).' } }),
    );
    vi.stubGlobal('fetch', fetch);
    render(<JoinScreen token="tok" />);
    fireEvent.click(await screen.findByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Join the mediation' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already has both/));
    const [path, init] = posts(fetch)[0]!;
    expect(path).toBe('/api/join/tok');
    // The browser's language goes too: the weakest word on the person's language.
    expect(JSON.parse(String(init.body))).toEqual({
      name: 'Jo',
      whatsapp_opt_in: true,
      browser_locale: navigator.language,
    });
    expect((init.headers as Record<string, string>)['x-requested-with']).toBe('meedi8');
  });

  it('says plainly when the invite was used or cannot be found', async () => {
    vi.stubGlobal('fetch', api({ ...preview, status: 'used' }));
    render(<JoinScreen token="tok" />);
    expect(await screen.findByRole('heading', { name: 'This invite cannot be used' })).toBeTruthy();
    expect(screen.getByText(/already been used/)).toBeTruthy();
    cleanup();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        respond(404, {
          error: { code: 'invite_not_found', message: 'This invite link is not valid.' },
        }),
      ),
    );
    render(<JoinScreen token="bad" />);
    expect(await screen.findByText(/This invite link is not valid\./)).toBeTruthy();
  });
});

// A language switch loads that language's catalogue first; under load that takes a moment.
const switched = { timeout: 10_000 };

describe('JoinScreen in the invitee’s language', { timeout: 30_000 }, () => {
  it('reads in Portuguese, dates included', async () => {
    vi.stubGlobal('fetch', api(preview));
    await renderIn(<JoinScreen token="tok" />, 'pt-BR');
    expect(await screen.findByRole('heading', { name: /سارا convidou você/ })).toBeTruthy();
    expect(screen.getByLabelText('Seu nome')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Entrar na mediação' })).toBeTruthy();
    expect(screen.getByText(/1 de dez\. de 2026/)).toBeTruthy();
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('reads in Arabic, right to left', async () => {
    vi.stubGlobal('fetch', api(preview));
    await renderIn(<JoinScreen token="tok" />, 'ar');
    expect(await screen.findByRole('button', { name: 'انضم إلى الوساطة' })).toBeTruthy();
    expect(screen.getByLabelText('اسمك')).toBeTruthy();
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('speaks the language the inviter chose, and sends a language picked on the page', async () => {
    const fetch = api({ ...preview, recipient_locale: 'pt-BR' }, () =>
      respond(409, { error: { code: 'room_full', message: 'x' } }),
    );
    vi.stubGlobal('fetch', fetch);
    await renderIn(<JoinScreen token="tok" />, 'en-GB', { browser: ['en-GB'] });
    expect(
      await screen.findByRole('button', { name: 'Entrar na mediação' }, switched),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Idioma'), { target: { value: 'es' } });
    const join = await screen.findByRole('button', { name: 'Unirme a la mediación' }, switched);
    // What was typed stays when the language changes.
    expect((screen.getByLabelText('Tu nombre') as HTMLInputElement).value).toBe('Jo');
    fireEvent.click(join);
    await waitFor(() => expect(posts(fetch)).toHaveLength(1));
    expect(JSON.parse(String(posts(fetch)[0]![1].body))).toEqual({
      name: 'Jo',
      whatsapp_opt_in: false,
      locale: 'es',
      browser_locale: navigator.language,
    });
    expect(document.documentElement.lang).toBe('es');
  });
});
