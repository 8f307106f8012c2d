/**
 * One error shape everywhere: `{"error": {"code", "message"}}`. Known errors keep their status;
 * schema failures become 422 naming the field; anything unexpected is a 500 with no internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { errors, MeediError } from '../../errors.js';

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

export const errorHandlerPlugin = fp(async (app: FastifyInstance, opts: { bodyLimit: number }) => {
  app.setNotFoundHandler((request, reply) => {
    const error = errors.notFound(request.method, request.url.split('?')[0] ?? '/');
    return reply
      .status(error.statusCode)
      .send({ error: { code: error.code, message: error.message } });
  });

  app.setErrorHandler((err: FastifyError | MeediError, request, reply) => {
    const known = toMeediError(err, opts.bodyLimit);
    if (known.statusCode >= 500) {
      request.log.error({ err }, 'unexpected error');
    } else {
      request.log.info({ code: known.code, status: known.statusCode }, 'request refused');
    }
    if (known.code === 'rate_limited' && !reply.hasHeader('retry-after'))
      reply.header('retry-after', 60);
    return reply
      .status(known.statusCode)
      .send({ error: { code: known.code, message: known.message } });
  });
});

function toMeediError(err: FastifyError | MeediError, bodyLimit: number): MeediError {
  if (err instanceof MeediError) return err;
  if (err.validation)
    return errors.validation(describeValidation(err.validationContext, err.validation));
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return errors.payloadTooLarge(bodyLimit);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return errors.unsupportedMediaType();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return errors.invalidJson();
  }
  if (err instanceof SyntaxError && err.statusCode === 400) return errors.invalidJson();
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
    return errors.frameworkRefused(err.code, err.statusCode, err.message);
  }
  return errors.internal();
}

/** Turns the schema validator's findings into one sentence a person can act on. */
function describeValidation(context: string | undefined, issues: ValidationIssue[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const params = issue.params as Record<string, unknown>;
    const path = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
    if (issue.keyword === 'required')
      return `${path ? `${path}.` : ''}${params.missingProperty} is required`;
    if (issue.keyword === 'additionalProperties')
      return `${params.additionalProperty} is not a known field`;
    if (issue.keyword === 'maxLength') return `${path} must be at most ${params.limit} characters`;
    if (issue.keyword === 'minLength') return `${path} must be at least ${params.limit} characters`;
    if (issue.keyword === 'enum')
      return `${path} must be one of ${(params.allowedValues as string[]).join(', ')}`;
    return `${path || context || 'request'} ${issue.message ?? 'is invalid'}`;
  });
  return `Invalid ${context ?? 'request'}: ${parts.join('; ')}.`;
}
