/** Calls the configured mediator with a deadline, counting outcomes and latency. */
import type { MediatorRequest, MediatorResponse } from '../../mediator/mediator.js';
import type { Services } from '../../services.js';
import { withParticipantLocales } from './mediator-line-languages.js';

/**
 * Asks the mediator, telling it each person's language; rejects when it fails or takes longer
 * than MEDIATOR_TIMEOUT_MS.
 */
export async function askMediator(
  services: Pick<Services, 'db' | 'mediator' | 'metrics' | 'config' | 'logger'>,
  asked: MediatorRequest,
): Promise<MediatorResponse> {
  const { mediator, metrics, config } = services;
  const request = await withParticipantLocales(services.db, asked);
  const labels = { provider: mediator.name, kind: request.kind };
  const stopTimer = metrics.mediatorDuration.startTimer(labels);
  const signal = AbortSignal.timeout(config.mediatorTimeoutMs);
  try {
    const response = await Promise.race([
      mediator.respond(request, signal),
      new Promise<never>((_, reject) =>
        signal.addEventListener('abort', () => reject(new Error('mediator timed out')), {
          once: true,
        }),
      ),
    ]);
    metrics.mediatorRequests.inc({ ...labels, outcome: 'ok' });
    return response;
  } catch (err) {
    metrics.mediatorRequests.inc({ ...labels, outcome: signal.aborted ? 'timeout' : 'error' });
    services.logger.warn(
      {
        roomId: request.room.id,
        provider: mediator.name,
        kind: request.kind,
        err: { message: (err as Error).message },
      },
      'mediator did not answer',
    );
    throw err;
  } finally {
    stopTimer();
  }
}
