import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('JoinScreen', () => {
  it('shows who invited you and about what, with the WhatsApp choice unticked', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(200, preview)),
    );
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
    const fetch = vi.fn(async () => respond(200, { ...preview, recipient_name: null }));
    vi.stubGlobal('fetch', fetch);
    render(<JoinScreen token="tok" />);
    fireEvent.click(await screen.findByRole('button', { name: 'Join the mediation' }));
    const name = screen.getByLabelText('Your name');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Enter your name/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toBe(alert.id);
    expect(fetch).toHaveBeenCalledTimes(1); // only the preview
  });

  it('sends the name and the choice, and shows the server’s message when joining fails', async () => {
    const fetch = vi.fn(async (_path: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? respond(409, {
            error: { code: 'room_full', message: 'This mediation already has both participants.' },
          })
        : respond(200, preview),
    );
    vi.stubGlobal('fetch', fetch);
    render(<JoinScreen token="tok" />);
    fireEvent.click(await screen.findByRole('checkbox'));
    fireEvent.click(screen.getByRole('button', { name: 'Join the mediation' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/already has both/));
    const [path, init] = fetch.mock.calls[1]! as [string, RequestInit];
    expect(path).toBe('/api/join/tok');
    expect(JSON.parse(String(init.body))).toEqual({ name: 'Jo', whatsapp_opt_in: true });
    expect((init.headers as Record<string, string>)['x-requested-with']).toBe('meedi8');
  });

  it('says plainly when the invite was used or cannot be found', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => respond(200, { ...preview, status: 'used' })),
    );
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
    expect(await screen.findByText('This invite link is not valid.')).toBeTruthy();
  });
});
