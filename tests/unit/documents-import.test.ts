import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeText, importDocument, importHtml, readDocument } from '../../electron/services/documents';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { type Article, newArticle } from '../../shared/article';
import { HostError } from '../../shared/contract';
import { EXPORT_FORMATS, exportArticle } from '../../shared/export';
import { importMarkdown } from '../../shared/import';

const FIXTURES = path.resolve('tests/fixtures/import');
const fixture = (name: string) => readFile(path.join(FIXTURES, name));

let dir: string;
let library: ArticleLibrary;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-import-'));
  library = await ArticleLibrary.open({ root: dir, seedSample: false });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every file in the library folder (articles, media), to prove a refused import changed nothing. */
async function snapshot(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else out.push(`${path.relative(root, full)}:${(await readFile(full)).length}`);
    }
  };
  await walk(root);
  return out.sort();
}

const texts = (body: Article['body']) => JSON.stringify(body);

describe('importing real files', () => {
  it('a Word document (.docx): Title headline, byline, dateline, marks, link, photo into media/, subheading, lists', async () => {
    const { path: created } = await importDocument(library, { fileName: 'council-budget.docx', bytes: await fixture('council-budget.docx') });
    const { article } = await library.open(created);
    expect(article.headline).toBe('Council approves green budget');
    expect(article.byline).toEqual({
      position: 'top',
      contributors: [
        { name: 'Maria Lopez', role: 'writer', affiliation: 'City Desk', contact: null },
        { name: 'Tom Reed', role: 'writer', affiliation: 'City Desk', contact: null },
      ],
    });
    expect(article.dateline).toEqual({ place: 'SPRINGFIELD', date: 'March 3' });
    const content = article.body.content as { type: string; attrs?: Record<string, unknown>; content?: unknown[] }[];
    expect(content.map((n) => n.type)).toEqual(['paragraph', 'photo', 'heading', 'bullet_list', 'ordered_list', 'paragraph']);
    expect(content[0].content).toEqual([
      { type: 'text', text: 'The council voted ' },
      { type: 'text', marks: [{ type: 'strong' }], text: '7-2' },
      { type: 'text', text: ' on Tuesday to approve the ' },
      { type: 'text', marks: [{ type: 'em' }], text: 'green' },
      { type: 'text', text: ' budget, the ' },
      { type: 'text', marks: [{ type: 'link', attrs: { href: 'https://example.org/budget', title: null } }], text: 'city said' },
      { type: 'text', text: '.' },
    ]);
    const photo = content[1].attrs!;
    expect(photo.src).toMatch(/^media\/[0-9a-f]{64}\.jpg$/);
    expect(photo.width).toBeGreaterThan(0);
    expect((await readdir(path.join(dir, 'media'))).some((f) => f.endsWith('.jpg'))).toBe(true);
  });

  it('HTML as Google Docs pastes it: structure and marks kept; styles, fonts, comments and deletions dropped', async () => {
    const doc = await readDocument('google-docs-paste.html', await fixture('google-docs-paste.html'));
    expect(doc.headline).toBe('Storm closes port');
    expect(doc.byline.contributors).toEqual([{ name: 'Ana Silva', role: 'writer', affiliation: 'Coast Wire', contact: null }]);
    expect(doc.dateline).toEqual({ place: 'LISBON', date: 'Jan. 9' });
    const json = texts(doc.body);
    expect(json).toContain('{"type":"text","marks":[{"type":"strong"}],"text":"gusts"}');
    expect(json).toContain('{"type":"text","marks":[{"type":"em"}],"text":" said"}');
    expect(json).toContain('"href":"https://example.org/port"');
    expect(json).toContain('"type":"heading","attrs":{"level":2}');
    expect(json).toContain('"type":"bullet_list"');
    // Not everything is bold (the docs-internal-guid wrapper says font-weight:normal).
    expect(json).not.toContain('{"type":"strong"}],"text":"The port closed');
    for (const gone of ['Deleted suggestion', 'Comment: check', '[a]', 'font-size', 'Arial', 'color']) expect(json).not.toContain(gone);
  });

  it('HTML as Word pastes it: its typed-out bullets and numbers become real lists, nested where Word nested them', async () => {
    const doc = await readDocument('word-paste.html', await fixture('word-paste.html'));
    expect(doc.headline).toBe('Council cuts');
    const blocks = (doc.body.content ?? []) as { type: string; attrs?: { order?: number }; content?: unknown[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'bullet_list', 'paragraph', 'ordered_list', 'paragraph']);
    const itemText = (list: { content?: unknown[] }) =>
      ((list.content ?? []) as { content?: { type: string; content?: { text?: string }[] }[] }[]).map((li) =>
        (li.content ?? []).filter((c) => c.type === 'paragraph').map((c) => (c.content ?? []).map((t) => t.text).join('')).join(''),
      );
    expect(itemText(blocks[1])).toEqual(['Libraries close on Sundays', 'Street lights dim after midnight']);
    // "except in December" was one level in, under the first bullet.
    const firstItem = (blocks[1].content as { content: { type: string; content?: unknown[] }[] }[])[0];
    const nested = firstItem.content.find((c) => c.type === 'bullet_list');
    expect(nested && itemText(nested)).toEqual(['except in December']);
    expect(itemText(blocks[3])).toEqual(['Budget: 31 to 12', 'Libraries: 24 to 19', 'Lights: 40 to 3']);
    const json = texts(doc.body);
    expect(json).toContain('{"type":"text","marks":[{"type":"em"}],"text":"Sundays"}');
    // The typed-out markers are gone: no "·", "o " or "1." left in front of the items.
    for (const marker of ['·', '"text":"o', '"text":"1.', 'Times New Roman', 'mso-']) expect(json).not.toContain(marker);
  });

  it('a Word numbered list that starts further on keeps its numbers; mso-list:none paragraphs stay paragraphs', () => {
    const item = (n: string, text: string) =>
      `<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><!--[if !supportLists]--><span><span style='mso-list:Ignore'>${n}<span>&nbsp;&nbsp; </span></span></span><!--[endif]-->${text}</p>`;
    const doc = importHtml(
      `<html><head><title>Votes</title></head><body><p style='mso-list:none'>Not a list</p>${item('4.', 'Fourth')}\n${item('5.', 'Fifth')}</body></html>`,
    );
    const blocks = (doc.body.content ?? []) as { type: string; attrs?: { order?: number }; content?: unknown[] }[];
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'ordered_list']);
    expect(blocks[1].attrs?.order).toBe(4);
    expect(texts(doc.body)).not.toContain('4.');
  });

  it('Markdown with front matter: byline with roles, dateline, status, standfirst, lists, quote, link title', async () => {
    const doc = await readDocument('with-front-matter.md', await fixture('with-front-matter.md'));
    expect(doc).toMatchObject({
      headline: 'Rail strike called off',
      standfirst: 'Unions accept a 6% offer after talks through the night.',
      status: 'in-edit',
      dateline: { place: 'BERLIN', date: 'Feb. 14' },
    });
    expect(doc.byline.contributors.map((c) => c.role)).toEqual(['writer', 'photographer']);
    const content = doc.body.content as { type: string }[];
    expect(content.map((n) => n.type)).toEqual(['paragraph', 'heading', 'bullet_list', 'ordered_list', 'blockquote', 'paragraph']);
    expect(texts(doc.body)).toContain('"text":"The strike planned for Monday is off, the union said."');
    expect(texts(doc.body)).toContain('{"type":"link","attrs":{"href":"https://example.org/statement","title":"Union statement"}}');
  });

  it('Markdown without front matter: # headline, byline line, dateline, hard break, photo with caption and credit', async () => {
    const doc = await readDocument('plain.md', await fixture('plain.md'));
    expect(doc.headline).toBe('Library reopens after flood');
    expect(doc.byline).toEqual({ position: 'top', contributors: [{ name: 'Sam Okafor', role: 'writer', affiliation: null, contact: null }] });
    expect(doc.dateline).toEqual({ place: 'LAGOS', date: 'April 2' });
    const content = doc.body.content as { type: string; attrs?: Record<string, unknown> }[];
    expect(content.map((n) => n.type)).toEqual(['paragraph', 'paragraph', 'photo']);
    expect(texts(doc.body)).toContain('"type":"hard_break"');
    expect(content[2].attrs).toMatchObject({
      src: '',
      alt: 'Readers at the reopened library',
      caption: 'Readers wait at the door.',
      credit: 'Sam Okafor / Lagos Ledger',
    });
  });

  it('wire text (.txt) through the host call, exactly as the wire importer reads it', async () => {
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    const data = (await readFile('tests/fixtures/kyodo-zelenskyy-japan.txt')).toString('base64');
    const { path: created } = await api.importDocument({ fileName: 'kyodo.txt', data });
    const { article } = await library.open(created);
    expect(article.headline).toBe('Zelenskyy proposes historic defence cooperation with Japan');
    expect(article.byline.position).toBe('foot');
  });

  it('an exported HTML page imports back with its headline, standfirst, byline, dateline and body', () => {
    const source = newArticle({
      id: 'h1',
      now: '2026-11-27T10:00:00.000Z',
      headline: 'Port reopens',
      standfirst: 'Ships return.',
      byline: { position: 'foot', contributors: [{ name: 'Ana Silva', role: 'writer', affiliation: null, contact: null }] },
      dateline: { place: 'LISBON', date: 'Jan. 10' },
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The first ferry left at noon.' }] }] },
    });
    const back = importHtml(exportArticle(source, 'html').text);
    expect(back).toMatchObject({ headline: 'Port reopens', standfirst: 'Ships return.', byline: source.byline, dateline: source.dateline, body: source.body });
  });
});

describe('text encodings', () => {
  it('reads UTF-8 with a BOM, UTF-16 with and without a BOM, and Windows-1252', () => {
    const text = 'Café “quotes” — KYIV';
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'a.txt')).toBe(text);
    expect(decodeText(Buffer.from(`${text} and more words here`, 'utf16le'), 'a.txt')).toBe(`${text} and more words here`);
    expect(decodeText(Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x97]), 'a.txt')).toBe('Café “q” —');
  });
});

describe('bad files are refused with a message and leave the library unchanged', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, RegExp][] = [
    ['junk.docx', () => Buffer.from('this is not a zip file at all, just text named .docx'), /is not a Word document/],
    ['random.docx', () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /is not a Word document/],
    ['truncated.docx', async () => (await fixture('council-budget.docx')).subarray(0, 3000), /damaged or not a Word document/],
    ['huge.txt', () => Buffer.alloc(50 * 1024 * 1024, 0x61), /50 MB, more than a story file can be/],
    ['binary.txt', () => Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]), /does not look like a text file/],
    ['empty.md', () => Buffer.alloc(0), /is empty/],
    ['story.pdf', () => Buffer.from('%PDF-1.7'), /cannot import “story\.pdf”/],
    ['old.doc', () => Buffer.from('x'), /old Word \(\.doc\) file/],
    ['bad-front.md', () => Buffer.from('---\nheadline: [unclosed\n---\nBody'), /front matter .* not valid YAML/],
    ['wrong-front.md', () => Buffer.from('---\nbyline: 42\n---\nBody'), /front matter .* cannot read \(byline/],
  ];
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const before = await snapshot(dir);
      const api = createHostService({ library, host: 'web', appVersion: 'test' });
      const error = await api.importDocument({ fileName: name, data: (await make()).toString('base64') }).catch((e) => e);
      expect(error).toBeInstanceOf(HostError);
      expect((error as HostError).code).toBe('import-refused');
      expect((error as Error).message).toMatch(message);
      expect(await snapshot(dir)).toEqual(before);
    });
  }
});

/** Hostile inputs: each must end with no script, no handler and no unsafe URL anywhere. */
const HOSTILE_HTML = [
  '<p>Hi<script>alert(1)</script></p>',
  '<p onclick="alert(1)">click</p>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">link</a>',
  '<a href="JaVaScRiPt:alert(1)">mixed case</a>',
  '<a href=" javascript:alert(1)">leading space</a>',
  '<a href="java&#x09;script:alert(1)">entity tab</a>',
  '<a href="vbscript:msgbox(1)">vb</a>',
  '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
  '<figure><img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"></figure>',
  '<figure><img src="javascript:alert(1)" alt="x"></figure>',
  '<svg><script>alert(1)</script></svg><p>after svg</p>',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<iframe src="https://evil.example"></iframe><p>after iframe</p>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<embed src="evil.swf">',
  '<object data="evil.swf"><param name="x"></object>',
  '<style>body{background:url(javascript:alert(1))}</style><p>styled</p>',
  '<p style="background:url(javascript:alert(1))">bg</p>',
  '<p style="behavior:url(x.htc);font-weight:bold">ie</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)><summary>x</summary></details>',
  '<body onload=alert(1)><p>body</p></body>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//"><a href="x">rel</a>',
  '<p>unclosed <b>bold <i>italic <a href="https://ok.example">link',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template><p>tpl</p>',
  '<a href="https://ok.example" onmouseover="alert(1)">ok link</a>',
  '<img src="https://tracker.example/pixel.gif" onload="alert(1)">',
  '<p>text\u0000with\u0001controls</p>',
  '<h1>Head<script>x</script>line</h1><p>Body</p>',
  '<div class="byline"><span class="byline-line">By <img src=x onerror=alert(1)>Evil Person</span></div>',
];

/** Empty, http(s)/mailto/tel, a raster data: image, or a relative path (no scheme, not protocol-relative). */
const SAFE_URL = /^$|^(https?:|mailto:|tel:|data:image\/(png|jpeg|gif|webp);base64,)|^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s]*$/i;
/** Browsers drop tabs and newlines inside URLs ("java\tscript:" runs), so the check does too. */
const url = (value: string) => value.replace(/[\t\n\r]/g, '').trim();

/** Parses exported HTML as a browser would and fails on anything that could run or call out. */
function assertInert(html: string, label: string) {
  const { document } = new JSDOM(html).window;
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    expect(
      ['script', 'iframe', 'embed', 'object', 'svg', 'math', 'form', 'base', 'link', 'input', 'button'].includes(tag) &&
        !(tag === 'script' && el.getAttribute('type') === 'application/ld+json'),
      `${label}: <${tag}>`,
    ).toBe(false);
    if (tag === 'meta' && el.getAttribute('http-equiv')?.toLowerCase() === 'refresh') throw new Error(`${label}: meta refresh`);
    if (tag === 'style' && /url\(|expression|@import/i.test(el.textContent ?? '')) throw new Error(`${label}: style with url()`);
    for (const attr of Array.from(el.attributes)) {
      expect(/^on/i.test(attr.name), `${label}: handler ${attr.name} on <${tag}>`).toBe(false);
      expect(attr.name === 'style', `${label}: style attribute`).toBe(false);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data'].includes(attr.name))
        expect(url(attr.value), `${label}: ${attr.name}`).toMatch(SAFE_URL);
    }
  }
}

/** Every export of an article, in the form a consumer reads it, must be inert. */
function assertExportsInert(article: Article, photo?: (src: string) => string | null) {
  for (const format of EXPORT_FORMATS) {
    const { text } = exportArticle(article, format, photo ? { photo } : {});
    if (format === 'html' || format === 'html-fragment') assertInert(text, format);
    if (format === 'md') assertInert(new MarkdownIt({ html: false }).render(text), 'md rendered');
    if (format === 'ninjs') {
      const item = JSON.parse(text);
      assertInert(item.body_html, 'ninjs body_html');
      for (const a of Object.values(item.associations ?? {}) as { renditions?: Record<string, { href: string }> }[])
        for (const r of Object.values(a.renditions ?? {})) expect(url(r.href)).toMatch(SAFE_URL);
    }
  }
}

/** Links and photo addresses stored in the body (text that merely mentions "javascript:" is harmless). */
function bodyUrls(body: Article['body']): string[] {
  const out: string[] = [];
  const visit = (n: { attrs?: Record<string, unknown>; marks?: { attrs?: Record<string, unknown> }[]; content?: unknown[] }) => {
    if (typeof n.attrs?.src === 'string' && n.attrs.src) out.push(n.attrs.src);
    for (const m of n.marks ?? []) if (typeof m.attrs?.href === 'string') out.push(m.attrs.href);
    for (const c of (n.content ?? []) as (typeof n)[]) visit(c);
  };
  visit(body as never);
  return out;
}

describe('hostile input is neutralised on import and every export', () => {
  it(`has at least 30 cases (${HOSTILE_HTML.length})`, () => expect(HOSTILE_HTML.length).toBeGreaterThanOrEqual(30));

  HOSTILE_HTML.forEach((html, i) => {
    it(`HTML case ${i + 1}: ${html.slice(0, 60)}`, () => {
      const doc = importHtml(`<!DOCTYPE html><html><head><title>Case</title></head><body>${html}</body></html>`);
      const article = newArticle({ id: `h${i}`, now: '2026-11-27T10:00:00.000Z', ...doc });
      for (const u of bodyUrls(article.body)) expect(url(u)).toMatch(SAFE_URL);
      expect(JSON.stringify(article.body)).not.toMatch(/onerror=|onload=|onclick=|<script/i);
      assertExportsInert(article);
    });
  });

  const HOSTILE_MD = [
    '[x](javascript:alert(1))',
    '[x](JAVASCRIPT:alert(1))',
    '![x](data:image/svg+xml;base64,PHN2Zz4=)',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '[x](vbscript:msgbox)',
    '---\nheadline: "<script>alert(1)</script>"\n---\nbody',
  ];
  HOSTILE_MD.forEach((md, i) => {
    it(`Markdown case ${i + 1}: ${md.slice(0, 40)}`, () => {
      const doc = importMarkdown(md);
      const article = newArticle({ id: `m${i}`, now: '2026-11-27T10:00:00.000Z', ...doc });
      for (const u of bodyUrls(article.body)) expect(url(u)).toMatch(SAFE_URL);
      assertExportsInert(article);
    });
  });

  it('an article file with hostile fields (from disk, not through the importers) still exports safely', () => {
    const article = newArticle({
      id: 'evil',
      now: '2026-11-27T10:00:00.000Z',
      headline: '</title><script>alert(1)</script>',
      standfirst: '"><img src=x onerror=alert(1)>',
      byline: {
        position: 'top',
        contributors: [{ name: '<script>alert(1)</script>', role: 'writer"><script>', affiliation: '</script><script>alert(1)</script>', contact: null }],
      },
      dateline: { place: '<b onclick=alert(1)>', date: '' },
      body: {
        type: 'doc',
        content: [
          { type: 'photo', attrs: { src: 'javascript:alert(1)', caption: '<script>alert(1)</script>', alt: '" onerror="alert(1)' } },
          { type: 'photo', attrs: { src: 'data:image/svg+xml;base64,PHN2Zz4=' } },
          { type: 'paragraph', content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        ],
      },
    });
    assertExportsInert(article, (src) => src);
    expect(exportArticle(article, 'html', { photo: (src) => src }).text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
