import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { importPhoto } from '../../electron/services/photos';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { createHttpHost } from '../../renderer/host/http';
import { type HostApi, HostError, MAX_UPLOAD_BASE64_LENGTH, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB, parseHostInput } from '../../shared/contract';

/**
 * One upload limit, MAX_UPLOAD_BYTES, from the renderer to the service: a file of exactly that
 * size gets through every layer to the service that reads it, one byte more is refused.
 */

const base64Of = (bytes: number) => Buffer.alloc(bytes).toString('base64');

async function failure(call: Promise<unknown>): Promise<HostError> {
  try {
    await call;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('expected the call to fail');
}

let dir: string;
let appDir: string;
let web: WebHost;
let http: HostApi;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-upload-'));
  appDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-upload-app-'));
  await writeFile(path.join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  const library = await ArticleLibrary.open({ root: dir, seedSample: false });
  web = await startWebHost({ api: createHostService({ library, host: 'web', appVersion: 'test' }), library, appDir, port: 0 });
  http = createHttpHost({ token: web.token, baseUrl: `${web.origin}/` });
});
afterAll(async () => {
  await web.close();
  await rm(dir, { recursive: true, force: true });
  await rm(appDir, { recursive: true, force: true });
});

describe('the upload limit', () => {
  it('is 60 MB, and its base64 length is that of a file of that size', () => {
    expect(MAX_UPLOAD_MB).toBe(60);
    expect(base64Of(MAX_UPLOAD_BYTES).length).toBe(MAX_UPLOAD_BASE64_LENGTH);
  });

  it('the contract takes the base64 of a file of the limit, and refuses one byte more in newsroom words', () => {
    expect(() => parseHostInput('importPhoto', { fileName: 'a.jpg', data: base64Of(MAX_UPLOAD_BYTES) })).not.toThrow();
    let error: unknown;
    try {
      parseHostInput('importDocument', { fileName: 'story.docx', data: base64Of(MAX_UPLOAD_BYTES + 1) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'invalid-argument', message: 'Bad argument to importDocument: data is more than 60 MB of file.' });
  });

  it('a file of the limit crosses the web host and the contract to the photo service', async () => {
    // Zero bytes are no photo: refused by the photo service, which proves the call got that far.
    const atLimit = await failure(http.importPhoto({ fileName: 'big.jpg', data: base64Of(MAX_UPLOAD_BYTES) }));
    expect(atLimit).toMatchObject({ code: 'photo-refused', details: { reason: 'unsupported-format' } });
  });

  it('photo import refuses a photo over the limit before reading it, saying the limit', async () => {
    const error = await importPhoto(dir, { bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1), fileName: 'huge.jpg' }).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    expect(error?.code).toBe('too-large');
    expect(error?.message).toBe('The file “huge.jpg” is 60 MB, which is too big to import. Ask the photo desk for a smaller version (under 60 MB).');
  });
});
