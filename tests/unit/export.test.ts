import { Schema } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { bodyNode } from '../../shared/article';
import { articleNinjs, articlePlainBody, articleWireText, EXPORT_FORMATS, exportArticle, storyBodyHtml } from '../../shared/export';
import { importWireText } from '../../shared/import';
import { marks, nodes } from '../../shared/schema';
import { checkHtml, everyNodeArticle, pageAround, sampleArticle } from '../support/export-fixtures';

const photoLink = (src: string) => `story-photos/${src.split('/').pop()}`;

describe('HTML export', () => {
  it('writes a news page: headline, standfirst, byline by role, dateline in the first paragraph, figure, quote with speaker, JSON-LD', () => {
    const { text } = exportArticle(everyNodeArticle(), 'html', { photo: photoLink });
    expect(text).toMatch(/^<!DOCTYPE html>/);
    expect(text).toContain('<h1>Storm closes port &amp; ferries &lt;stop&gt;</h1>');
    expect(text).toContain('<p class="standfirst">Gusts of 120 km/h shut the harbour for a day.</p>');
    expect(text).toContain('<span class="byline-line" data-role="writer">By Ana Silva, Coast Wire</span>');
    expect(text).toContain('<span class="byline-line" data-role="additional-reporting">Additional reporting by Rui Costa</span>');
    expect(text).toContain('<span class="byline-line" data-role="photographer">Photos by Ana Silva, Coast Wire</span>');
    expect(text).toMatch(
      /<figure class="photo" data-rights="Editorial use only"><img src="story-photos\/0+\.jpg" alt="Ferries at a quay" width="1200" height="800"><figcaption><span class="caption">Ferries wait at the quay\.<\/span> <span class="credit">Ana Silva \/ Coast Wire<\/span><\/figcaption><\/figure>/,
    );
    // The dateline opens the first paragraph, not the photo before it.
    expect(text).toContain('<p><span class="dateline">LISBON, Jan. 9 —</span> The port closed at dawn');
    expect(text).toContain('<span class="quote" data-speaker="Rui Costa">We have never seen it like this,</span>');
    expect(text).toContain('<a href="https://example.org/port" title="Port notice">harbour authority</a>');
    expect(text).toContain('<ol start="3">');
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>/.exec(text)![1]);
    expect(jsonLd).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Storm closes port & ferries <stop>',
      author: [
        { '@type': 'Person', name: 'Ana Silva' },
        { '@type': 'Person', name: 'Rui Costa' },
      ],
      publisher: { '@type': 'Organization', name: 'Coast Wire' },
      dateline: 'LISBON, Jan. 9',
      image: [
        {
          '@type': 'ImageObject',
          contentUrl: 'story-photos/0000000000000000000000000000000000000000000000000000000000000000.jpg',
          caption: 'Ferries wait at the quay.',
          creditText: 'Ana Silva / Coast Wire',
        },
      ],
    });
    // The JSON-LD can never close its script element.
    expect(/<script type="application\/ld\+json">[\s\S]*?<\/script>/.exec(text)![0].slice(35, -9)).not.toMatch(/</);
  });

  it('marks up detected quotes when the article has no reviewed ones (attribution engine at export time)', () => {
    const html = storyBodyHtml(sampleArticle());
    expect(html).toContain('<span class="quote" data-speaker="Volodymyr Zelenskyy">crucial</span>');
  });

  it('every export of the sample and of the every-node article passes the W3C Nu HTML Checker with zero errors', async () => {
    const files: Record<string, string> = {};
    for (const [name, article] of [
      ['sample', sampleArticle()],
      ['every-node', everyNodeArticle()],
    ] as const) {
      files[`${name}.html`] = exportArticle(article, 'html', { photo: photoLink }).text;
      files[`${name}-embedded.html`] = exportArticle(article, 'html', { photo: () => 'data:image/png;base64,iVBORw0KGgo=' }).text;
      files[`${name}-fragment.html`] = pageAround(exportArticle(article, 'html-fragment', { photo: photoLink }).text);
      files[`${name}-ninjs-body.html`] = pageAround(articleNinjs(article).body_html ?? '');
    }
    // A page that must fail proves the checker ran and read the files.
    files['canary.html'] = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>';
    const { errors } = await checkHtml(files);
    const canary = errors.filter((e) => e.url?.endsWith('canary.html'));
    expect(canary.length).toBeGreaterThan(0);
    expect(errors.filter((e) => !e.url?.endsWith('canary.html'))).toEqual([]);
  }, 60_000);
});

describe('strict exporters', () => {
  const extended = new Schema({
    nodes: { ...nodes, pull_quote: { group: 'block', content: 'text*', toDOM: () => ['aside', 0] } },
    marks: { ...marks, highlight: { toDOM: () => ['mark', 0] } },
  });

  it('a node without an exporter stops the export with a message, in HTML and plain text', () => {
    const doc = extended.nodes.doc.create(null, [
      extended.nodes.paragraph.create(null, extended.text('Before.')),
      extended.nodes.pull_quote.create(null, extended.text('Loud words')),
    ]);
    expect(() => storyBodyHtml(everyNodeArticle(), {}, doc)).toThrow(/no way to write the node "pull_quote"/);
    expect(() => articlePlainBody(everyNodeArticle(), doc)).toThrow(/no way to write the node "pull_quote"/);
  });

  it('a mark without an exporter stops the export too', () => {
    const doc = extended.nodes.doc.create(null, [extended.nodes.paragraph.create(null, extended.text('marked', [extended.marks.highlight.create()]))]);
    expect(() => storyBodyHtml(everyNodeArticle(), {}, doc)).toThrow(/no way to write the mark "highlight"/);
  });

  it('an unknown format is refused', () => {
    expect(() => exportArticle(sampleArticle(), 'pdf' as never)).toThrow(/cannot export to "pdf"/);
  });
});

/** The parts of IPTC ninjs 1.4 (https://www.iptc.org/std/ninjs/ninjs-schema_1.4.json) Copydesk writes, as strict shapes. */
const rendition = z.object({ href: z.string().min(1), mimetype: z.string().optional(), width: z.number().optional(), height: z.number().optional() }).strict();
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const ninjsItem: z.ZodType = z.lazy(() =>
  z
    .object({
      uri: z.string().regex(/^[a-z][a-z0-9+.-]*:/i),
      type: z.enum(['text', 'audio', 'video', 'picture', 'graphic', 'composite']),
      mimetype: z.string().optional(),
      representationtype: z.enum(['complete', 'incomplete']).optional(),
      version: z.string().optional(),
      firstcreated: dateTime.optional(),
      versioncreated: dateTime.optional(),
      pubstatus: z.enum(['usable', 'withheld', 'canceled']).optional(),
      language: z.string().optional(),
      headline: z.string().optional(),
      byline: z.string().optional(),
      located: z.string().optional(),
      description_text: z.string().optional(),
      body_html: z.string().optional(),
      body_text: z.string().optional(),
      charcount: z.number().optional(),
      wordcount: z.number().optional(),
      copyrightholder: z.string().optional(),
      usageterms: z.string().optional(),
      person: z.array(z.object({ name: z.string(), rel: z.string().optional() }).strict()).optional(),
      renditions: z.record(z.string().regex(/^[a-zA-Z0-9]+$/), rendition).optional(),
      associations: z.record(z.string().regex(/^[a-zA-Z0-9]+$/), ninjsItem).optional(),
    })
    .strict(),
);

describe('NINJS 1.4 export', () => {
  it('validates against the ninjs 1.4 shape, with photos as associations carrying caption and credit', () => {
    const json = JSON.parse(exportArticle(everyNodeArticle(), 'ninjs', { photo: photoLink }).text);
    expect(ninjsItem.safeParse(json).error).toBeUndefined();
    expect(json).toMatchObject({
      type: 'text',
      headline: 'Storm closes port & ferries <stop>',
      located: 'LISBON',
      pubstatus: 'usable',
      person: [{ name: 'Rui Costa', rel: 'quoted' }],
    });
    expect(json.byline).toBe('By Ana Silva, Coast Wire; Photos by Ana Silva, Coast Wire; Additional reporting by Rui Costa');
    expect(json.associations.featureimage).toMatchObject({
      type: 'picture',
      description_text: 'Ferries wait at the quay.',
      copyrightholder: 'Ana Silva / Coast Wire',
      byline: 'Ana Silva / Coast Wire',
      usageterms: 'Editorial use only',
      renditions: { original: { mimetype: 'image/jpeg', width: 1200, height: 800 } },
    });
    expect(json.associations.photo2).toMatchObject({ type: 'picture', representationtype: 'incomplete', description_text: 'Photo to follow from the quay.' });
    expect(ninjsItem.safeParse(JSON.parse(exportArticle(sampleArticle(), 'ninjs').text)).error).toBeUndefined();
  });

  it('the shape check can fail (a field outside ninjs is refused)', () => {
    expect(ninjsItem.safeParse({ uri: 'urn:x', type: 'text', body: 'x' }).success).toBe(false);
  });
});

describe('wire text export', () => {
  it('is headline with PHOTO marker, one paragraph per line, dateline first, byline line — and re-imports to the same story', () => {
    const article = sampleArticle();
    const text = articleWireText(article);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('Zelenskyy proposes historic defence cooperation with Japan PHOTO');
    expect(lines[1]).toMatch(/^KYIV, Nov\. 26 — Ukrainian President/);
    expect(lines.at(-1)).toBe('By Aghakazim Guliyev');
    const back = importWireText(text);
    expect(back.headline).toBe(article.headline);
    expect(back.byline).toEqual(article.byline);
    expect(back.dateline).toEqual(article.dateline);
    expect(back.body).toEqual(article.body);
  });

  it('writes lists, subheadings and block quotes as lines', () => {
    const text = exportArticle(everyNodeArticle(), 'txt').text;
    expect(text.split('\n').slice(0, 3)).toEqual([
      'Storm closes port & ferries <stop> PHOTO',
      'By Ana Silva, Coast Wire; Photos by Ana Silva, Coast Wire; Additional reporting by Rui Costa',
      'LISBON, Jan. 9 — The port closed at dawn, the harbour authority said. Gusts reached 120 km/h.',
    ]);
    expect(text).toContain('\n- Ferries\n- Cargo berths\n  - North pier\n');
    expect(text).toContain('\n3. Third step\n4. Fourth step\n');
  });
});

it('every format exports the every-node article without losing a paragraph', () => {
  const article = everyNodeArticle();
  const words = ['Ferries', 'Cargo berths', 'North pier', 'Third step', 'A quoted passage', 'Crews will check'];
  for (const format of EXPORT_FORMATS) {
    const { text } = exportArticle(article, format);
    for (const w of words) expect(text, `${format} carries "${w}"`).toContain(w);
  }
  expect(bodyNode(article.body).childCount).toBe(10);
});
