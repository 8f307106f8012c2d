/**
 * `/agreement/:token`: the "Your agreement" link a WhatsApp-only person gets at the end of a
 * mediation. It opens their resolution (and its PDF at `/agreement/:token/pdf`) without an
 * account: the signed link (`domain/mediation/agreement-links.ts`) speaks for one person in one
 * room, until it expires. A plain page from the server, so it works in any browser.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  AGREEMENT_LINK_PATTERN,
  agreementLinkActor,
  verifyAgreementLink,
} from '../../domain/mediation/agreement-links.js';
import { loadResolution } from '../../domain/mediation/load-resolution.js';
import { resolutionPdf } from '../../domain/mediation/resolution-pdf.js';
import { errors, MeediError } from '../../errors.js';
import type { Services } from '../../services.js';
import { escapeHtml } from '../../text/escape-html.js';

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'private, no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
};

const AgreementLinkParams = Type.Object({
  token: Type.String({ maxLength: 260 }),
});

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Meedi8</title>
<style>body{font:18px/1.5 system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1f2933;background:#f7f5f2}
main{max-width:36rem;margin:auto}.agreement{white-space:pre-wrap;background:#fff;border:1px solid #dde2e8;border-radius:.5rem;padding:1rem}
a.button{display:inline-block;padding:.75rem 1.25rem;border-radius:.5rem;background:#2f5d50;color:#fff;text-decoration:none}
a:focus-visible{outline:3px solid #1f2933;outline-offset:2px}</style></head>
<body><main>${body}</main></body></html>`;
}

export async function agreementLinkPage(app: FastifyInstance, opts: { services: Services }) {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db, config } = opts.services;

  /** The person and room a link speaks for; a malformed link is refused like a forged one. */
  const actorFor = async (token: string) => {
    if (!new RegExp(AGREEMENT_LINK_PATTERN).test(token)) throw errors.agreementLinkUnusable();
    const claims = verifyAgreementLink(config.linkSigningSecret, token);
    return { claims, actor: await agreementLinkActor(db, claims) };
  };

  const refuse = (reply: FastifyReply, err: unknown) => {
    if (!(err instanceof MeediError)) throw err;
    return reply
      .status(err.statusCode)
      .headers(PAGE_HEADERS)
      .send(
        page('Link not valid', `<h1>This link does not work</h1><p>${escapeHtml(err.message)}</p>`),
      );
  };

  typed.get(
    '/agreement/:token',
    { schema: { params: AgreementLinkParams } },
    async (request, reply) => {
      try {
        const { claims, actor } = await actorFor(request.params.token);
        const { room, agreement, resolvedAt, participants, acceptedDraft } = await loadResolution(
          db,
          actor,
          claims.roomId,
        );
        const names = new Map(participants.map((p) => [p.user_id, p.name]));
        const confirmed = (acceptedDraft?.confirmations ?? [])
          .filter((c) => c.decision === 'confirmed')
          .map(
            (c) =>
              `<li>${escapeHtml(names.get(c.user_id) ?? 'Someone')} confirmed it on ${escapeHtml(formatDate(c.at))}</li>`,
          )
          .join('');
        return reply.headers(PAGE_HEADERS).send(
          page(
            'Your agreement',
            `<h1>Your agreement</h1>
<p><strong>${escapeHtml(room.title)}</strong>, agreed on ${escapeHtml(formatDate(resolvedAt.toISOString()))} by ${participants.map((p) => escapeHtml(p.name)).join(' and ')}.</p>
<div class="agreement">${escapeHtml(agreement.text)}</div>
${confirmed ? `<ul>${confirmed}</ul>` : ''}
<p><a class="button" href="/agreement/${request.params.token}/pdf">Download the agreement (PDF)</a></p>
<p>This link is just for you and works for 30 days. You do not need an account. To talk it over again, write to Meedi8 on WhatsApp.</p>`,
          ),
        );
      } catch (err) {
        return refuse(reply, err);
      }
    },
  );

  typed.get(
    '/agreement/:token/pdf',
    { schema: { params: AgreementLinkParams } },
    async (request, reply) => {
      try {
        const { claims, actor } = await actorFor(request.params.token);
        const { pdf, filename } = await resolutionPdf(db, actor, claims.roomId, config.publicUrl);
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${filename}"`)
          .header('cache-control', 'private, no-store')
          .header('referrer-policy', 'no-referrer')
          .send(pdf);
      } catch (err) {
        return refuse(reply, err);
      }
    },
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
