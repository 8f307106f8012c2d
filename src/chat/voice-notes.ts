/**
 * Voice notes, heard: when a speech-to-text provider is configured, a voice note is downloaded
 * from the Graph API, transcribed, read back to the person ("I heard: …") and then handled as if
 * they had written it. Nothing of it is logged.
 */
import type { ChatContext } from './chat-context.js';

export type Heard =
  | { kind: 'text'; text: string }
  /** Not a voice note, or no provider: ask for text. */
  | { kind: 'unsupported' }
  /** A provider is set up but could not make it out. */
  | { kind: 'failed' };

export async function hearVoiceNote(ctx: ChatContext): Promise<Heard> {
  const { services, inbound } = ctx;
  if (inbound.type !== 'audio' || !inbound.mediaId || !services.transcriber) {
    return { kind: 'unsupported' };
  }
  try {
    await ctx.typing();
    const media = await services.whatsapp.client.getMedia(inbound.mediaId);
    const bytes = await services.whatsapp.client.downloadMedia(media.url);
    const text = await services.transcriber.transcribe({ bytes, mimeType: media.mime_type });
    return text ? { kind: 'text', text } : { kind: 'failed' };
  } catch (err) {
    services.logger.warn(
      { wamid: inbound.wamid, err: { message: (err as Error).message } },
      'voice note not transcribed',
    );
    return { kind: 'failed' };
  }
}
