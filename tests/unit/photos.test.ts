import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../electron/services/fs/atomic-write';
import { pngHeaderOnly } from '../support/png-header';
import {
  formatCreditLine,
  importPhoto,
  PhotoError,
  type PhotoMetadata,
  readPhotoMetadata,
} from '../../electron/services/photos/index';

const FIXTURES = path.resolve(__dirname, '../fixtures/photos');
const fixture = (name: string) => path.join(FIXTURES, name);
const readFixture = (name: string) => fsp.readFile(fixture(name));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const tempDirs: string[] = [];
async function tempDir(prefix = 'copydesk-photos-'): Promise<string> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
}
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(tempDirs.splice(0).map((d) => fsp.rm(d, { recursive: true, force: true })));
});

/** A library as the app creates it: an article file, maybe a media folder. */
async function newLibrary(): Promise<string> {
  const root = await tempDir('copydesk-library-');
  await fsp.writeFile(path.join(root, 'zelenskyy-interview.md'), '# Zelenskyy interview\n');
  return root;
}

/** Recursive listing with size + mtime + inode, to prove "nothing changed". */
async function snapshot(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    for (const entry of (await fsp.readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      const st = await fsp.stat(full);
      out.push(`${path.relative(root, full)} ${entry.isDirectory() ? 'dir' : `${st.size} ${st.mtimeMs} ${st.ino}`}`);
      if (entry.isDirectory()) await walk(full);
    }
  }
  await walk(root);
  return out;
}

async function mediaOriginals(root: string): Promise<string[]> {
  const entries = await fsp.readdir(path.join(root, 'media'), { withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

async function expectPhotoError(promise: Promise<unknown>, code: string): Promise<PhotoError> {
  const error = await promise.then(
    () => {
      throw new Error(`expected PhotoError(${code}), but the import succeeded`);
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PhotoError);
  expect(error).toBeInstanceOf(Error);
  expect((error as PhotoError).code).toBe(code);
  expect((error as PhotoError).message.length).toBeGreaterThan(20);
  return error as PhotoError;
}

// -------------------------------------------------------------------------- metadata

const EXPECTED: Record<string, PhotoMetadata> = {
  'kyiv-press.jpg': {
    caption: "Президент України Володимир Зеленський під час інтерв'ю в Києві",
    photographer: 'José Núñez Müller',
    agency: 'Kyodo News',
    credit: 'Photo: José Núñez Müller / Kyodo News',
    rights: '© 2025 Kyodo News',
    dateTaken: '2025-02-14T15:42:10+02:00',
  },
  'iptc-only.jpg': {
    caption: 'Café owner in Lviv reopens after the blackout — «we never closed»',
    photographer: 'Олена Ковальчук',
    agency: 'Ukrinform',
    credit: 'Photo: Олена Ковальчук / Ukrinform',
    rights: '© 2024 Ukrinform',
    dateTaken: '2024-11-03T08:15:00+02:00',
  },
  'iptc-latin1.jpg': {
    caption: 'Manifestation à Paris – grève des cheminots',
    photographer: 'François Lefèvre',
    agency: 'AFP',
    credit: 'Photo: François Lefèvre / AFP',
    rights: '© 2022 AFP',
    dateTaken: null,
  },
  'conflict.jpg': {
    caption: 'Corrected caption: Kyiv, 14 February',
    photographer: 'José Núñez Müller',
    agency: 'Kyodo News',
    credit: 'Photo: José Núñez Müller / Kyodo News',
    rights: '© 2025 Kyodo News',
    dateTaken: null,
  },
  'xmp.png': {
    caption: 'Żaneta Wróblewska przed Pałacem Kultury w Warszawie',
    photographer: 'Łukasz Ścibor',
    agency: 'Agencja Gazeta',
    credit: 'Photo: Łukasz Ścibor / Agencja Gazeta',
    rights: '© 2023 Łukasz Ścibor / Agencja Gazeta',
    dateTaken: '2023-06-01T12:00:00+02:00',
  },
  'xmp.webp': {
    caption: 'Ελληνική Βουλή — the Greek parliament in Athens at dusk',
    photographer: 'Νίκος Παπαδόπουλος',
    agency: 'Eurokinissi',
    credit: 'Photo: Νίκος Παπαδόπουλος / Eurokinissi',
    rights: '© 2024 Eurokinissi',
    dateTaken: '2024-05-20T19:03:44',
  },
  'small.gif': {
    caption: 'Weather map of Zürich — Wetterkarte',
    photographer: 'Søren Kierkegård',
    agency: null,
    credit: 'Photo: Søren Kierkegård',
    rights: null,
    dateTaken: null,
  },
  'no-metadata.jpg': {
    caption: null,
    photographer: null,
    agency: null,
    credit: null,
    rights: null,
    dateTaken: null,
  },
};

describe('readPhotoMetadata', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reads ${name} with non-ASCII text intact`, async () => {
      const metadata = await readPhotoMetadata(await readFixture(name));
      expect(metadata).toEqual(expected);
    });
  }

  it('re-decodes UTF-8 IPTC that exifr returns as latin1 (no mojibake anywhere)', async () => {
    for (const name of ['kyiv-press.jpg', 'iptc-only.jpg']) {
      const metadata = await readPhotoMetadata(await readFixture(name));
      for (const value of Object.values(metadata)) expect(value ?? '').not.toMatch(/Ã|Â|Ð|Ñ/);
    }
  });

  it('prefers XMP over IPTC field by field, falling back to IPTC where XMP is silent', async () => {
    const metadata = await readPhotoMetadata(await readFixture('conflict.jpg'));
    expect(metadata.caption).toBe('Corrected caption: Kyiv, 14 February'); // XMP, not "Old wire caption"
    expect(metadata.photographer).toBe('José Núñez Müller'); // XMP, not "Jose Nunez"
    expect(metadata.agency).toBe('Kyodo News'); // only in IPTC
  });

  it('returns all-null metadata for non-images instead of throwing', async () => {
    const empty = { caption: null, photographer: null, agency: null, credit: null, rights: null, dateTaken: null };
    for (const name of ['not-an-image.jpg', 'drawing.svg', 'empty.jpg', 'truncated.jpg']) {
      expect(await readPhotoMetadata(await readFixture(name))).toEqual(empty);
    }
  });
});

describe('formatCreditLine (house style)', () => {
  it('combines photographer and agency', () => {
    expect(formatCreditLine('José Núñez Müller', 'Kyodo News')).toBe('Photo: José Núñez Müller / Kyodo News');
    expect(formatCreditLine('José Núñez Müller', null)).toBe('Photo: José Núñez Müller');
    expect(formatCreditLine(null, 'Kyodo News')).toBe('Photo: Kyodo News');
    expect(formatCreditLine(null, null)).toBeNull();
    expect(formatCreditLine('  ', '')).toBeNull();
  });

  it('does not repeat an agency already in the by-line, nor the "Photo:" prefix', () => {
    expect(formatCreditLine('Jane Doe/Reuters', 'REUTERS')).toBe('Photo: Jane Doe/Reuters');
    expect(formatCreditLine('Kyodo News', 'Kyodo News')).toBe('Photo: Kyodo News');
    expect(formatCreditLine('Photo: Jane Doe', 'AP')).toBe('Photo: Jane Doe / AP');
  });
});

// -------------------------------------------------------------------------- import

describe('importPhoto', () => {
  let library: string;
  beforeEach(async () => {
    library = await newLibrary();
  });

  it('copies the photo into media/ under its sha256 name and returns its metadata', async () => {
    const original = await readFixture('kyiv-press.jpg');
    const hash = sha256(original);
    const photo = await importPhoto(library, { path: fixture('kyiv-press.jpg') });

    expect(photo).toEqual({
      src: `media/${hash}.jpg`,
      preview: `media/${hash}.jpg`, // 640 px: small enough to be its own preview
      width: 640,
      height: 427,
      format: 'jpeg',
      bytes: original.length,
      sha256: hash,
      alreadyInLibrary: false,
      metadata: EXPECTED['kyiv-press.jpg'],
    });
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await fsp.readFile(path.join(library, photo.src));
    expect(stored.equals(original)).toBe(true);
    expect(await mediaOriginals(library)).toEqual([`${hash}.jpg`]);
    // No temp files left behind by the atomic write.
    expect((await fsp.readdir(path.join(library, 'media'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('names the file by detected format, not by the extension it came with', async () => {
    const cases: [string, string, string][] = [
      ['xmp.png', 'photo.JPG', 'png'],
      ['xmp.webp', 'picture.jpeg', 'webp'],
      ['small.gif', 'map.png', 'gif'],
      ['no-metadata.jpg', 'IMG_0001.JPEG', 'jpg'],
    ];
    for (const [name, fileName, ext] of cases) {
      const bytes = await readFixture(name);
      const photo = await importPhoto(library, { bytes, fileName });
      expect(photo.src).toBe(`media/${sha256(bytes)}.${ext}`);
      expect(photo.format).toBe(ext === 'jpg' ? 'jpeg' : ext);
      expect(photo.metadata).toEqual(EXPECTED[name]);
      expect(await fsp.readFile(path.join(library, photo.src))).toEqual(bytes);
    }
    expect((await mediaOriginals(library)).length).toBe(4);
  });

  it('reports width and height for every accepted format', async () => {
    const sizes: Record<string, [number, number]> = {
      'xmp.png': [319, 213],
      'xmp.webp': [640, 427],
      'small.gif': [160, 107],
      'iptc-only.jpg': [640, 427],
    };
    for (const [name, [w, h]] of Object.entries(sizes)) {
      const photo = await importPhoto(library, { path: fixture(name) });
      expect([photo.width, photo.height]).toEqual([w, h]);
      expect(photo.preview).toBe(photo.src);
    }
  });

  it('stores the same photo once and does not rewrite it on the second insert', async () => {
    const first = await importPhoto(library, { path: fixture('kyiv-press.jpg') });
    const file = path.join(library, first.src);
    const before = await fsp.stat(file);
    await new Promise((r) => setTimeout(r, 20));

    const second = await importPhoto(library, { bytes: await readFixture('kyiv-press.jpg'), fileName: 'copy of kyiv.jpg' });
    const after = await fsp.stat(file);

    expect(second.alreadyInLibrary).toBe(true);
    expect(second.src).toBe(first.src);
    expect(second.metadata).toEqual(first.metadata);
    expect(after.ino).toBe(before.ino); // not replaced by a rename
    expect(after.mtimeMs).toBe(before.mtimeMs); // not written
    expect(await mediaOriginals(library)).toEqual([`${first.sha256}.jpg`]);
  });

  it('repairs a damaged copy that has the right name but the wrong content', async () => {
    const first = await importPhoto(library, { path: fixture('no-metadata.jpg') });
    await fsp.writeFile(path.join(library, first.src), 'garbage');
    const again = await importPhoto(library, { path: fixture('no-metadata.jpg') });
    expect(again.alreadyInLibrary).toBe(false);
    expect((await fsp.readFile(path.join(library, again.src))).equals(await readFixture('no-metadata.jpg'))).toBe(true);
  });

  it('makes a bounded WebP preview for a large photo and keeps the original for export', async () => {
    const big = await sharp({
      create: { width: 3000, height: 2000, channels: 3, background: { r: 40, g: 90, b: 140 } },
    })
      .jpeg({ quality: 80 })
      .toBuffer();
    const photo = await importPhoto(library, { bytes: big, fileName: 'DSC_4411.JPG' });

    expect(photo.width).toBe(3000);
    expect(photo.height).toBe(2000);
    expect(photo.preview).toBe(`media/previews/${photo.sha256}-1600.webp`);
    expect(photo.preview).not.toBe(photo.src);

    const preview = await sharp(path.join(library, photo.preview)).metadata();
    expect(preview.format).toBe('webp');
    expect(Math.max(preview.width ?? Infinity, preview.height ?? Infinity)).toBeLessThanOrEqual(1600);
    expect([preview.width, preview.height]).toEqual([1600, 1067]);

    const original = await fsp.readFile(path.join(library, photo.src));
    expect(original.equals(big)).toBe(true);
    const originalMeta = await sharp(original).metadata();
    expect([originalMeta.width, originalMeta.height]).toEqual([3000, 2000]);

    // Second insert: neither original nor preview is rewritten.
    const previewStat = await fsp.stat(path.join(library, photo.preview));
    const again = await importPhoto(library, { bytes: big });
    expect(again.alreadyInLibrary).toBe(true);
    expect((await fsp.stat(path.join(library, photo.preview))).ino).toBe(previewStat.ino);
    expect(await mediaOriginals(library)).toEqual([`${photo.sha256}.jpg`]);
    expect(await fsp.readdir(path.join(library, 'media', 'previews'))).toEqual([`${photo.sha256}-1600.webp`]);
  });

  it('applies EXIF orientation to reported size and preview (portrait shot from a rotated camera)', async () => {
    const rotated = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: '#777777' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const photo = await importPhoto(library, { bytes: rotated });
    expect([photo.width, photo.height]).toEqual([2000, 3000]);
    const preview = await sharp(path.join(library, photo.preview)).metadata();
    expect([preview.width, preview.height]).toEqual([1067, 1600]);
  });

  it('creates media/ on first import in a library that has none', async () => {
    await expect(fsp.stat(path.join(library, 'media'))).rejects.toThrow();
    await importPhoto(library, { path: fixture('xmp.webp') });
    expect((await fsp.stat(path.join(library, 'media'))).isDirectory()).toBe(true);
  });
});

// -------------------------------------------------------------------------- refusals


describe('importPhoto refuses bad input and leaves the library unchanged', () => {
  let library: string;
  let before: string[];
  beforeEach(async () => {
    library = await newLibrary();
    await importPhoto(library, { path: fixture('no-metadata.jpg') }); // an existing media folder
    before = await snapshot(library);
  });
  afterEach(async () => {
    expect(await snapshot(library)).toEqual(before);
  });

  const cases: [string, string, RegExp][] = [
    ['drawing.svg', 'svg-refused', /SVG drawing.*only accepts photos \(JPEG, PNG, WebP or GIF\).*scripts/],
    ['not-an-image.jpg', 'unsupported-format', /not a photo.*text.*\.jpg/],
    ['truncated.jpg', 'corrupt', /damaged or incomplete/],
    ['truncated.png', 'corrupt', /damaged or incomplete/],
    ['empty.jpg', 'empty', /empty/],
    ['scan.tiff', 'unsupported-format', /TIFF image.*JPEG, PNG, WebP or GIF/],
    ['photo.heic', 'unsupported-format', /HEIC image.*JPEG, PNG, WebP or GIF/],
  ];
  for (const [name, code, message] of cases) {
    it(`${name} → ${code}`, async () => {
      const error = await expectPhotoError(importPhoto(library, { path: fixture(name) }), code);
      expect(error.message).toMatch(message);
      expect(error.message).toContain(name);
    });
  }

  it('detects SVG by content, even named .jpg, and in gzip form (.svgz)', async () => {
    const svg = await readFixture('drawing.svg');
    await expectPhotoError(importPhoto(library, { bytes: svg, fileName: 'photo.jpg' }), 'svg-refused');
    await expectPhotoError(importPhoto(library, { bytes: svg }), 'svg-refused');
    await expectPhotoError(importPhoto(library, { bytes: gzipSync(svg), fileName: 'map.svgz' }), 'svg-refused');
    const bare = Buffer.from('\uFEFF  <!-- exported -->\n<svg onload="alert(1)"></svg>', 'utf8');
    await expectPhotoError(importPhoto(library, { bytes: bare }), 'svg-refused');
  });

  it('refuses a header claiming 12000×9000 (108 MP) without decoding it', async () => {
    const t0 = performance.now();
    const error = await expectPhotoError(importPhoto(library, { bytes: pngHeaderOnly(12000, 9000), fileName: 'huge.png' }), 'too-large');
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(error.message).toMatch(/12000 × 9000 pixels \(108 megapixels\)/);
  });

  it('refuses a real 10001×10001 PNG (100.02 MP) quickly', async () => {
    const png = await sharp({ create: { width: 10001, height: 10001, channels: 3, background: '#808080' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(png.length).toBeLessThan(2_000_000);
    const t0 = performance.now();
    await expectPhotoError(importPhoto(library, { bytes: png }), 'too-large');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('draws the line at 100 MP: exactly 100 MP is too large, 99.99 MP is not', async () => {
    await expectPhotoError(importPhoto(library, { bytes: pngHeaderOnly(10000, 10000) }), 'too-large');
    // 9999×10000 passes the size check and then fails decoding (no pixel data): corrupt, not too-large.
    await expectPhotoError(importPhoto(library, { bytes: pngHeaderOnly(9999, 10000) }), 'corrupt');
  });

  it('refuses other formats by content: PDF, BMP, fake HEIC header', async () => {
    await expectPhotoError(importPhoto(library, { bytes: Buffer.from('%PDF-1.7\n%âãÏÓ\n'), fileName: 'page1.jpg' }), 'unsupported-format');
    const bmp = Buffer.alloc(64);
    bmp.write('BM', 0, 'latin1');
    await expectPhotoError(importPhoto(library, { bytes: bmp }), 'unsupported-format');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
    const error = await expectPhotoError(importPhoto(library, { bytes: heic, fileName: 'IMG_1234.HEIC' }), 'unsupported-format');
    expect(error.message).toMatch(/HEIC/);
  });

  it('refuses random binary junk', async () => {
    const junk = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 97 + 13) % 256));
    await expectPhotoError(importPhoto(library, { bytes: junk, fileName: 'x.jpg' }), 'unsupported-format');
  });

  it('reports a missing file or a folder as unreadable', async () => {
    const missing = await expectPhotoError(importPhoto(library, { path: path.join(library, 'gone.jpg') }), 'unreadable');
    expect(missing.message).toMatch(/“gone\.jpg” could not be read.*moved, renamed or deleted/);
    await expectPhotoError(importPhoto(library, { path: FIXTURES }), 'unreadable');
  });

  it('reports an empty in-memory file as empty', async () => {
    await expectPhotoError(importPhoto(library, { bytes: new Uint8Array(0), fileName: 'IMG.jpg' }), 'empty');
  });
});

describe('importPhoto write failures', () => {
  it('fails with write-failed when the library folder cannot be written (its path is a file)', async () => {
    const dir = await tempDir();
    const notADir = path.join(dir, 'library');
    await fsp.writeFile(notADir, 'I am a file');
    await expectPhotoError(importPhoto(notADir, { path: fixture('kyiv-press.jpg') }), 'write-failed');
    expect(await fsp.readFile(notADir, 'utf8')).toBe('I am a file');
    expect(await fsp.readdir(dir)).toEqual(['library']);
  });
});

// -------------------------------------------------------------------------- atomic write

describe('writeFileAtomic', () => {
  it('creates a new file (string and bytes) and leaves no temp files', async () => {
    const dir = await tempDir();
    await writeFileAtomic(path.join(dir, 'a.md'), 'Київ — José\n');
    await writeFileAtomic(path.join(dir, 'b.bin'), new Uint8Array([1, 2, 3]));
    expect(await fsp.readFile(path.join(dir, 'a.md'), 'utf8')).toBe('Київ — José\n');
    expect([...(await fsp.readFile(path.join(dir, 'b.bin')))]).toEqual([1, 2, 3]);
    expect((await fsp.readdir(dir)).sort()).toEqual(['a.md', 'b.bin']);
  });

  it('replaces the target via rename (new inode) and keeps its permissions', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'story.md');
    await fsp.writeFile(target, 'old');
    await fsp.chmod(target, 0o640);
    const oldIno = (await fsp.stat(target)).ino;

    await writeFileAtomic(target, 'new content');

    const st = await fsp.stat(target);
    expect(await fsp.readFile(target, 'utf8')).toBe('new content');
    expect(st.mode & 0o777).toBe(0o640);
    expect(st.ino).not.toBe(oldIno);
    expect(await fsp.readdir(dir)).toEqual(['story.md']);
  });

  it('uses options.mode for a new file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'secret.json');
    await writeFileAtomic(target, '{}', { mode: 0o600 });
    expect((await fsp.stat(target)).mode & 0o777).toBe(0o600);
  });

  it('writes through a symlink and keeps the link', async () => {
    const dir = await tempDir();
    const real = path.join(dir, 'real.md');
    const link = path.join(dir, 'link.md');
    await fsp.writeFile(real, 'old');
    await fsp.symlink('real.md', link);
    await writeFileAtomic(link, 'via link');
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(true);
    expect(await fsp.readFile(real, 'utf8')).toBe('via link');
  });

  it('fails cleanly when the parent is a file (nothing created)', async () => {
    const dir = await tempDir();
    const parent = path.join(dir, 'not-a-folder');
    await fsp.writeFile(parent, 'x');
    await expect(writeFileAtomic(path.join(parent, 'story.md'), 'data')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await fsp.readdir(dir)).toEqual(['not-a-folder']);
    expect(await fsp.readFile(parent, 'utf8')).toBe('x');
  });

  it('a failed rename leaves the old file intact and removes the temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'story.md');
    await fsp.writeFile(target, 'old version');
    const spy = vi.spyOn(fsp, 'rename').mockRejectedValue(Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }));
    await expect(writeFileAtomic(target, 'new version')).rejects.toMatchObject({ code: 'EIO' });
    expect(spy).toHaveBeenCalledOnce();
    expect(await fsp.readFile(target, 'utf8')).toBe('old version');
    expect(await fsp.readdir(dir)).toEqual(['story.md']);
  });

  it('a failed write (bad data) leaves the old file intact and removes the temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'story.md');
    await fsp.writeFile(target, 'old version');
    await expect(writeFileAtomic(target, { not: 'bytes' } as unknown as Uint8Array)).rejects.toThrow();
    expect(await fsp.readFile(target, 'utf8')).toBe('old version');
    expect(await fsp.readdir(dir)).toEqual(['story.md']);
  });

  it('refuses to replace a directory', async () => {
    const dir = await tempDir();
    await fsp.mkdir(path.join(dir, 'folder'));
    await expect(writeFileAtomic(path.join(dir, 'folder'), 'x')).rejects.toMatchObject({ code: 'EISDIR' });
    expect(await fsp.readdir(dir)).toEqual(['folder']);
  });

  it('concurrent writers never produce a mixed file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'story.md');
    const versions = Array.from({ length: 20 }, (_, i) => `version ${i} `.repeat(5000));
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await fsp.readFile(target, 'utf8'));
    expect(await fsp.readdir(dir)).toEqual(['story.md']);
  });
});
