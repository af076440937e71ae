import type { Article } from '../../shared/article';
import type { HostApi } from '../../shared/contract';
import { afterDrawn } from '../desk/after-shown';
import { holdMedia, mediaArrived } from '../photos/media-arrivals';
import type { NewsroomClient } from './client';

/** The library photos a story shows, by their content names (media/SHA256.EXT); previews are made from them. */
export function photoSources(article: Pick<Article, 'body'>): string[] {
  const found = new Set<string>();
  const walk = (node: { type?: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (node.type === 'photo') {
      const src = node.attrs?.src;
      if (typeof src === 'string' && /^media\/[0-9a-f]{64}\.[a-z0-9]+$/i.test(src)) found.add(src);
    }
    for (const child of node.content ?? []) walk(child as typeof node);
  };
  walk(article.body as { content?: unknown[] });
  return [...found];
}

/**
 * Photos of a shared story this library does not have yet, fetched from the newsroom and imported
 * (the same bytes get the same content name, so the story's `src` finds them), each announced as
 * it arrives (media-arrivals.ts) for the story already on screen. Best effort: a photo that cannot
 * be fetched now shows as missing, and is tried again next time the story opens.
 */
export async function fetchMissingPhotos(article: Pick<Article, 'body'>, client: NewsroomClient, host: HostApi): Promise<void> {
  const sources = photoSources(article);
  if (sources.length === 0) return;
  // (Before the first await: the story is drawn after this returns, and an image it cannot find
  // meanwhile says it is on its way.) The library is asked once the story is on screen: its answer
  // would otherwise arrive while the story is laid out, and a photo it has is drawn at once anyway.
  holdMedia(sources);
  await new Promise<void>((resolve) => afterDrawn(resolve));
  const missing = new Set(
    await host.missingMedia({ paths: sources }).then(
      (a) => a.missing,
      () => [],
    ),
  );
  for (const src of sources) if (!missing.has(src)) mediaArrived(src);
  for (const src of missing) {
    try {
      const bytes = new Uint8Array(await (await client.getPhoto(src.slice('media/'.length))).arrayBuffer());
      await host.importPhoto({ fileName: src.slice('media/'.length), data: toBase64(bytes) });
    } catch {
      // (Shown as a missing photo; tried again on the next open.)
    } finally {
      mediaArrived(src);
    }
  }
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
