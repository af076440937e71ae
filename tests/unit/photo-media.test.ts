import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPhoto } from '../../electron/services/photos';
import { inMediaFolder, LIBRARY_PHOTO, LIBRARY_PHOTO_FILE, MEDIA_DIR, PREVIEW_DIR } from '../../shared/photos';

/** The media folder is named once (shared/photos/media.ts): photo import writes where paste, import and export look. */

const hash = 'a'.repeat(64);
let library: string;

beforeAll(async () => {
  library = await mkdtemp(path.join(os.tmpdir(), 'copydesk-media-'));
});
afterAll(() => rm(library, { recursive: true, force: true }));

describe('the media folder', () => {
  it('is media/, with previews in media/previews/', () => {
    expect(MEDIA_DIR).toBe('media');
    expect(PREVIEW_DIR).toBe('media/previews');
  });

  it('a photo import writes an original and a preview that the library patterns recognise', async () => {
    const bytes = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#336699' } })
      .jpeg()
      .toBuffer();
    const photo = await importPhoto(library, { bytes, fileName: 'kyiv.jpg' });
    expect(photo.src).toMatch(LIBRARY_PHOTO);
    expect(photo.preview).not.toBe(photo.src);
    expect(photo.preview).toMatch(LIBRARY_PHOTO_FILE);
    expect(photo.preview).not.toMatch(LIBRARY_PHOTO);
    for (const file of [photo.src, photo.preview]) {
      expect(inMediaFolder(file)).toBe(true);
      expect((await stat(path.join(library, file))).isFile()).toBe(true);
    }
  });

  it('recognises only Copydesk’s own photo names', () => {
    expect(LIBRARY_PHOTO.test(`media/${hash}.jpg`)).toBe(true);
    expect(LIBRARY_PHOTO_FILE.test(`media/previews/${hash}-1600.webp`)).toBe(true);
    for (const other of [
      `media/${hash}.svg`,
      `Media/${hash}.jpg`,
      `media/../${hash}.jpg`,
      `/media/${hash}.jpg`,
      `media/${hash.slice(1)}.jpg`,
      `other/${hash}.jpg`,
      `media/previews/${hash}.jpg.html`,
    ]) {
      expect(LIBRARY_PHOTO.test(other), other).toBe(false);
      expect(LIBRARY_PHOTO_FILE.test(other), other).toBe(false);
    }
    expect(inMediaFolder('media/x.jpg')).toBe(true);
    expect(inMediaFolder('mediax/x.jpg')).toBe(false);
    expect(inMediaFolder('index.html')).toBe(false);
  });
});
