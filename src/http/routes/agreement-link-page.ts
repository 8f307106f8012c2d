/**
 * `/agreement/:token`: the "Your agreement" link a WhatsApp-only person gets at the end of a
 * mediation. It opens their resolution (and its PDF at `/agreement/:token/pdf`) without an
 * account: the signed link (`domain/mediation/agreement-links.ts`) speaks for one person in one
 * room, until it expires. A plain page from the server, so it works in any browser.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { localeOfUser } from '../../domain/accounts/user-locale.js';
import {
  AGREEMENT_LINK_PATTERN,
  agreementLinkActor,
  verifyAgreementLink,
} from '../../domain/mediation/agreement-links.js';
import { formatDay } from '../../domain/mediation/agreement-pdf.js';
import { loadResolution } from '../../domain/mediation/load-resolution.js';
import { resolutionPdf } from '../../domain/mediation/resolution-pdf.js';
import { errors, MeediError } from '../../errors.js';
import { type Locale, textDirection } from '../../i18n/locales.js';
import { acceptLanguageTags, matchLocale } from '../../i18n/match-locale.js';
import { translator } from '../../i18n/translate.js';
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

const t = translator('pdf');

/** The page in the language of the person it is for. */
function page(locale: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}" dir="${textDirection(locale)}"><head><meta charset="utf-8">
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

  /** A link that does not work speaks the browser's language: it says nothing of whose it was. */
  const refuse = (request: FastifyRequest, reply: FastifyReply, err: unknown) => {
    if (!(err instanceof MeediError)) throw err;
    const locale = matchLocale(acceptLanguageTags(request.headers['accept-language']));
    const why =
      err.code === 'agreement_link_expired'
        ? t(locale, 'link.invalid.agreement_link_expired')
        : err.code === 'agreement_link_unusable'
          ? t(locale, 'link.invalid.agreement_link_unusable')
          : err.message;
    return reply
      .status(err.statusCode)
      .headers(PAGE_HEADERS)
      .send(
        page(
          locale,
          t(locale, 'link.invalid.title'),
          `<h1>${escapeHtml(t(locale, 'link.invalid.heading'))}</h1><p>${escapeHtml(why)}</p>`,
        ),
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
        const locale = await localeOfUser(db, claims.userId);
        const names = new Map(participants.map((p) => [p.user_id, p.name]));
        const confirmed = (acceptedDraft?.confirmations ?? [])
          .filter((c) => c.decision === 'confirmed')
          .map((c) => {
            const name = names.get(c.user_id) ?? t(locale, 'link.someone');
            const line = t(locale, 'link.confirmed', {
              name,
              day: formatDay(new Date(c.at), locale),
            });
            return `<li>${escapeHtml(line)}</li>`;
          })
          .join('');
        const agreed = t(locale, 'link.agreed', {
          title: room.title,
          day: formatDay(resolvedAt, locale),
          names: new Intl.ListFormat(locale, { type: 'conjunction' }).format(
            participants.map((p) => p.name),
          ),
        });
        return reply.headers(PAGE_HEADERS).send(
          page(
            locale,
            t(locale, 'link.title'),
            `<h1>${escapeHtml(t(locale, 'link.title'))}</h1>
<p>${escapeHtml(agreed)}</p>
<div class="agreement">${escapeHtml(agreement.text)}</div>
${confirmed ? `<ul>${confirmed}</ul>` : ''}
<p><a class="button" href="/agreement/${request.params.token}/pdf">${escapeHtml(t(locale, 'link.download'))}</a></p>
<p>${escapeHtml(t(locale, 'link.note'))}</p>`,
          ),
        );
      } catch (err) {
        return refuse(request, reply, err);
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
        return refuse(request, reply, err);
      }
    },
  );
}
