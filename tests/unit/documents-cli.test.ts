import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand, importCommand } from '../../electron/cli/documents';
import { serializeArticle } from '../../shared/article';
import { everyNodeArticle } from '../support/export-fixtures';
import { io } from '../support/cli-io';


let dir: string;
let articleFile: string;
const PHOTO = `media/${'ab'.repeat(32)}.jpg`;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-cli-'));
  await mkdir(path.join(dir, 'media'));
  await copyFile('tests/fixtures/photos/kyiv-press.jpg', path.join(dir, PHOTO));
  articleFile = path.join(dir, 'storm.copydesk.json');
  await writeFile(articleFile, serializeArticle(everyNodeArticle(PHOTO)));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('copydesk export', () => {
  it('-o writes the HTML file and copies its photos into a folder beside it', async () => {
    const t = io();
    const out = path.join(dir, 'out', 'storm.html');
    expect(await exportCommand([articleFile, '--to', 'html', '-o', out], t.io)).toBe(0);
    const html = await readFile(out, 'utf8');
    expect(html).toContain(`<img src="storm-photos/${'ab'.repeat(32)}.jpg"`);
    expect(await readFile(path.join(dir, 'out', 'storm-photos', `${'ab'.repeat(32)}.jpg`))).toEqual(await readFile(path.join(dir, PHOTO)));
    expect(t.err()).toContain('storm.html (+1 photo in storm-photos/)');
  });

  it('without -o writes to stdout (photos inside the page)', async () => {
    const t = io();
    expect(await exportCommand([articleFile, '--to', 'html'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^<!DOCTYPE html>/);
    expect(t.out()).toContain('<img src="data:image/jpeg;base64,');
  });

  it('several files at once write into a folder, with progress on stderr, and a bad file fails alone', async () => {
    const second = path.join(dir, 'second.copydesk.json');
    await writeFile(second, serializeArticle({ ...everyNodeArticle(PHOTO), id: 'two', headline: 'Second story' }));
    const broken = path.join(dir, 'broken.copydesk.json');
    await writeFile(broken, '{ not json');
    const t = io();
    expect(await exportCommand([articleFile, broken, second, '--to', 'md', '-o', path.join(dir, 'md')], t.io)).toBe(1);
    expect((await readdir(path.join(dir, 'md'))).sort()).toEqual(['second-photos', 'second.md', 'storm-photos', 'storm.md']);
    expect(t.err()).toMatch(/\[1\/3\] .*storm\.copydesk\.json → /);
    expect(t.err()).toMatch(/\[2\/3\] .*broken\.copydesk\.json: The file is damaged/);
    expect(t.err()).toMatch(/\[3\/3\] /);
  });

  it('refuses an unknown format with usage', async () => {
    const t = io();
    expect(await exportCommand([articleFile, '--to', 'pdf'], t.io)).toBe(2);
    expect(t.err()).toContain('Unknown format "pdf"');
  });
});

describe('copydesk import', () => {
  it('imports several files into --library, printing each new path; a refused file says why', async () => {
    const lib = path.join(dir, 'lib');
    const junk = path.join(dir, 'junk.docx');
    await writeFile(junk, 'not a zip');
    const t = io();
    const code = await importCommand(['tests/fixtures/import/plain.md', junk, 'tests/fixtures/kyodo-zelenskyy-japan.txt', '--library', lib], t.io);
    expect(code).toBe(1);
    const printed = t.out().trim().split('\n');
    expect(printed).toHaveLength(2);
    expect(printed[0]).toBe(path.join(lib, 'library-reopens-after-flood.copydesk.json'));
    expect(JSON.parse(await readFile(printed[0], 'utf8')).headline).toBe('Library reopens after flood');
    expect(t.err()).toContain('[2/3] ');
    expect(t.err()).toContain('is not a Word document');
  });

  it('runs as a real command (npm run copydesk -- import), exit status 0', async () => {
    const lib = path.join(dir, 'lib2');
    const { stdout } = await promisify(execFile)('npx', [
      'tsx',
      'electron/cli/copydesk.ts',
      'import',
      'tests/fixtures/import/with-front-matter.md',
      '--library',
      lib,
    ]);
    expect(stdout.trim()).toBe(path.join(lib, 'rail-strike-called-off.copydesk.json'));
  }, 60_000);
});
