/**
 * Media the phones send: bytes kept under a Meta-style numeric id, and short-lived download
 * URLs handed out by `GET /{media_id}` (Meta's expire after about five minutes).
 */
import { createHash } from 'node:crypto';
import { numericId, urlToken } from './ids.js';

/** How long a download URL works. */
export const MEDIA_URL_TTL_MS = 5 * 60 * 1000;

export interface StoredMedia {
  id: string;
  mimeType: string;
  /** Base64 SHA-256 of the bytes, as Meta reports it. */
  sha256: string;
  bytes: Buffer;
  filename?: string;
}

/** Media by id, and download tokens by token. */
export class MediaStore {
  private readonly media = new Map<string, StoredMedia>();
  private readonly tokens = new Map<string, { mediaId: string; expiresAt: number }>();

  /** Stores bytes and returns their record with a fresh id. */
  add(bytes: Buffer, mimeType: string, filename?: string): StoredMedia {
    const stored: StoredMedia = {
      id: numericId(),
      mimeType,
      sha256: createHash('sha256').update(bytes).digest('base64'),
      bytes,
    };
    if (filename !== undefined) stored.filename = filename;
    this.media.set(stored.id, stored);
    return stored;
  }

  get(id: string): StoredMedia | undefined {
    return this.media.get(id);
  }

  delete(id: string): boolean {
    return this.media.delete(id);
  }

  /** A new download token for a media id, valid for MEDIA_URL_TTL_MS from now. */
  issueToken(mediaId: string, now: number): string {
    const token = urlToken();
    this.tokens.set(token, { mediaId, expiresAt: now + MEDIA_URL_TTL_MS });
    return token;
  }

  /** The media a download token opens, if the token is known, unexpired and for that id. */
  redeem(mediaId: string, token: string, now: number): StoredMedia | undefined {
    const grant = this.tokens.get(token);
    if (!grant || grant.mediaId !== mediaId) return undefined;
    if (grant.expiresAt <= now) {
      this.tokens.delete(token);
      return undefined;
    }
    return this.media.get(mediaId);
  }

  clear(): void {
    this.media.clear();
    this.tokens.clear();
  }
}

/** Small valid files per media type, for phones that send media without giving bytes. */
export const placeholderMedia: Readonly<Record<string, { mimeType: string; bytes: () => Buffer }>> =
  {
    image: {
      mimeType: 'image/png',
      bytes: () =>
        Buffer.from(
          'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
          'base64',
        ),
    },
    sticker: {
      mimeType: 'image/webp',
      bytes: () => Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64'),
    },
    audio: {
      mimeType: 'audio/ogg; codecs=opus',
      bytes: () => Buffer.concat([Buffer.from('OggS', 'ascii'), Buffer.alloc(60)]),
    },
    video: {
      mimeType: 'video/mp4',
      bytes: () =>
        Buffer.concat([
          Buffer.from([0, 0, 0, 0x18]),
          Buffer.from('ftypmp42', 'ascii'),
          Buffer.alloc(12),
        ]),
    },
    document: {
      mimeType: 'application/pdf',
      bytes: () => Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'ascii'),
    },
  };
