/**
 * `GET /join/:invite_token`: the page an invite link opens. Server-rendered and self-contained
 * (the web client replaces it later): who invited you and about what, your name, an unticked
 * choice to get updates on WhatsApp at the number the invite reached, one button.
 */
import type { FastifyInstance } from 'fastify';
import { escapeHtml } from '../../channels/email/escape-html.js';
import { previewInvite } from '../../domain/mediation/preview-invite.js';
import { MeediError } from '../../errors.js';
import type { Services } from '../../services.js';

const HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; form-action 'self'",
};

export async function joinPage(app: FastifyInstance, opts: { services: Services }) {
  app.get<{ Params: { invite_token: string } }>('/join/:invite_token', async (request, reply) => {
    const token = request.params.invite_token;
    let body: string;
    try {
      const invite = await previewInvite(opts.services.db, token);
      body =
        invite.status === 'pending'
          ? joinForm(token, invite)
          : closed(
              `This invite has been ${invite.status}. Ask ${escapeHtml(invite.inviter_name)} to send you a new one.`,
            );
    } catch (err) {
      if (!(err instanceof MeediError)) throw err;
      body = closed(escapeHtml(err.message));
    }
    return reply.headers(HEADERS).send(page(body));
  });
}

function joinForm(token: string, invite: Awaited<ReturnType<typeof previewInvite>>): string {
  const about = invite.topic
    ? `${escapeHtml(invite.room_title)}: ${escapeHtml(invite.topic)}`
    : escapeHtml(invite.room_title);
  const whatsapp = invite.whatsapp_number_hint
    ? `<label class="check"><input type="checkbox" name="whatsapp_opt_in"> Send me updates on WhatsApp at the number this invite reached (${escapeHtml(invite.whatsapp_number_hint)}). You can reply STOP at any time.</label>`
    : '';
  return `
  <h1>${escapeHtml(invite.inviter_name)} invited you to talk things through</h1>
  <p class="about">About: <strong>${about}</strong></p>
  <p>Meedi8 is an AI mediator: you take turns, it helps each of you be heard and find an agreement. It is not a therapist or a lawyer, and it is not for situations where anyone is being hurt or is afraid.</p>
  <form id="join" data-token="${escapeHtml(token)}">
    <label>Your name <input name="name" maxlength="80" autocomplete="given-name" value="${escapeHtml(invite.recipient_name ?? '')}" required></label>
    ${whatsapp}
    <button type="submit">Join the mediation</button>
    <p class="muted">No account, no email check. The link works until ${escapeHtml(new Date(invite.expires_at).toUTCString().slice(0, 16))}.</p>
    <p id="result" role="status"></p>
  </form>
  <script>
    const form = document.getElementById('join');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const result = document.getElementById('result');
      const button = form.querySelector('button');
      button.disabled = true;
      const optIn = form.querySelector('[name=whatsapp_opt_in]');
      const response = await fetch('/api/join/' + encodeURIComponent(form.dataset.token), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: form.name.value.trim() || undefined, whatsapp_opt_in: optIn ? optIn.checked : undefined }),
      });
      const body = await response.json();
      if (response.ok) {
        form.innerHTML = '<h2>You are in.</h2><p>The mediator will welcome you both. ' + (optIn && optIn.checked ? 'Updates will come on WhatsApp.' : '') + '</p>';
      } else {
        result.textContent = body.error ? body.error.message : 'Something went wrong. Try again.';
        button.disabled = false;
      }
    });
  </script>`;
}

function closed(message: string): string {
  return `<h1>This invite cannot be used</h1><p>${message}</p>`;
}

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join a mediation · Meedi8</title>
<style>
  body { font: 17px/1.5 system-ui, sans-serif; margin: 0; background: #f6f7f9; color: #1d2430; }
  main { max-width: 32rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.4rem; line-height: 1.3; }
  label { display: block; margin: 1rem 0; }
  input[name=name] { display: block; width: 100%; box-sizing: border-box; font: inherit; padding: .7rem; margin-top: .3rem; border: 1px solid #b8c0cc; border-radius: .5rem; }
  .check { display: flex; gap: .6rem; align-items: flex-start; }
  .check input { margin-top: .35rem; width: 1.2rem; height: 1.2rem; }
  button { width: 100%; font: inherit; font-weight: 600; padding: .85rem; border: 0; border-radius: .5rem; background: #0b6e4f; color: white; }
  button:disabled { opacity: .6; }
  .muted { color: #5b6675; font-size: .9rem; }
</style></head><body><main>${body}</main></body></html>`;
}
