/**
 * Voice notes to text, when a speech-to-text provider is configured: any service with the
 * OpenAI-compatible `POST {base}/audio/transcriptions` (multipart `file` and `model`, answering
 * `{"text": "..."}`). Without one, people are asked to write instead.
 */

export interface Transcriber {
  transcribe(audio: { bytes: Buffer; mimeType: string }, signal?: AbortSignal): Promise<string>;
}

export interface TranscriberOptions {
  /** e.g. `https://api.openai.com/v1` */
  baseUrl: string;
  apiKey: string | null;
  model: string;
  timeoutMs: number;
}

const EXTENSIONS: Record<string, string> = {
  'audio/ogg': 'ogg',
  'audio/mpeg': 'mp3',
  'audio/mp4': 'm4a',
  'audio/aac': 'aac',
  'audio/amr': 'amr',
};

export function createTranscriber(options: TranscriberOptions): Transcriber {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/audio/transcriptions`;
  return {
    async transcribe(audio, signal) {
      const mimeType = audio.mimeType.split(';')[0]!.trim();
      const form = new FormData();
      form.append(
        'file',
        new Blob([audio.bytes], { type: mimeType }),
        `voice-note.${EXTENSIONS[mimeType] ?? 'ogg'}`,
      );
      form.append('model', options.model);
      const response = await fetch(url, {
        method: 'POST',
        headers: options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {},
        body: form,
        signal: signal ?? AbortSignal.timeout(options.timeoutMs),
      });
      if (!response.ok) {
        // The body may echo what was said; only the status is kept.
        throw new Error(`transcription failed with HTTP ${response.status}`);
      }
      const body = (await response.json()) as { text?: unknown };
      if (typeof body.text !== 'string') throw new Error('transcription answered without text');
      return body.text.trim();
    },
  };
}
