import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { type Article, newArticle } from '../../shared/article';
import { importWireText } from '../../shared/import';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';
import { schema } from '../../shared/schema';

/** Articles for export tests, built from the real schema (nodes.x.create), never hand-made JSON shapes. */
const n = schema.nodes;
const m = schema.marks;
const t = (text: string, ...marks: ReturnType<typeof m.em.create>[]) => schema.text(text, marks);
const p = (...content: ReturnType<typeof schema.text>[]) => n.paragraph.create(null, content);

export function sampleArticle(): Article {
  const story = importWireText(SAMPLE_WIRE_STORY);
  return newArticle({ id: 'sample-1', now: '2026-11-27T10:00:00.000Z', ...story, dateline: { place: 'KYIV', date: 'Nov. 26' } });
}

/** Every node and mark of the schema, a photo with all its fields, a placeholder, a top byline with roles, people and quotes. */
export function everyNodeArticle(photoSrc = 'media/0000000000000000000000000000000000000000000000000000000000000000.jpg'): Article {
  const doc = n.doc.create(null, [
    n.photo.create({
      src: photoSrc,
      preview: photoSrc,
      caption: 'Ferries wait at the quay.',
      credit: 'Ana Silva / Coast Wire',
      alt: 'Ferries at a quay',
      rights: 'Editorial use only',
      width: 1200,
      height: 800,
    }),
    p(
      t('The port closed at dawn, the '),
      t('harbour authority', m.link.create({ href: 'https://example.org/port', title: 'Port notice' })),
      t(' said. '),
      t('Gusts', m.strong.create()),
      t(' reached '),
      t('120 km/h', m.em.create(), m.strong.create()),
      t('.'),
    ),
    p(t('“We have never seen it like this,” said Captain Rui Costa, the harbour master.'), n.hard_break.create(), t('Second line.')),
    n.heading.create({ level: 2 }, [t('What is shut')]),
    n.bullet_list.create(null, [
      n.list_item.create(null, [p(t('Ferries'))]),
      n.list_item.create(null, [p(t('Cargo berths')), n.bullet_list.create(null, [n.list_item.create(null, [p(t('North pier'))])])]),
    ]),
    n.heading.create({ level: 3 }, [t('Timeline')]),
    n.ordered_list.create({ order: 3 }, [n.list_item.create(null, [p(t('Third step'))]), n.list_item.create(null, [p(t('Fourth step'))])]),
    n.blockquote.create(null, [p(t('A quoted passage in a block quote.'))]),
    n.photo.create({ caption: 'Photo to follow from the quay.' }),
    p(t('Crews will check the breakwater on Friday.')),
  ]);
  doc.check();
  return newArticle({
    id: 'every-node-1',
    now: '2026-11-27T10:00:00.000Z',
    headline: 'Storm closes port & ferries <stop>',
    standfirst: 'Gusts of 120 km/h shut the harbour for a day.',
    status: 'ready',
    byline: {
      position: 'top',
      contributors: [
        { name: 'Ana Silva', role: 'writer', affiliation: 'Coast Wire', contact: null },
        { name: 'Rui Costa', role: 'additional-reporting', affiliation: null, contact: null },
        { name: 'Ana Silva', role: 'photographer', affiliation: 'Coast Wire', contact: null },
      ],
    },
    dateline: { place: 'LISBON', date: 'Jan. 9' },
    people: [{ id: 'p1', name: 'Rui Costa', title: 'Captain', affiliation: 'Harbour authority' }],
    quotes: [
      {
        id: 'q1',
        text: 'We have never seen it like this,',
        speakerId: 'p1',
        method: 'interview',
        date: null,
        sourceNote: null,
        status: 'confirmed',
        reviewerNote: null,
      },
    ],
    body: doc.toJSON(),
  });
}

const VNU = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  message: string;
  extract?: string;
}

/** Runs the W3C Nu HTML Checker once over several files (it takes seconds to start). */
export async function checkHtml(files: Record<string, string>): Promise<{ errors: VnuMessage[]; checked: string[] }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-vnu-'));
  const paths: string[] = [];
  for (const [name, html] of Object.entries(files)) {
    const file = path.join(dir, name);
    await writeFile(file, html);
    paths.push(file);
  }
  const run = promisify(execFile);
  let stdout = '';
  let stderr = '';
  try {
    ({ stdout, stderr } = await run('java', ['-jar', VNU, '--format', 'json', '--stdout', ...paths], { maxBuffer: 50 * 1024 * 1024 }));
  } catch (e) {
    // vnu exits 1 when it found errors; the JSON report is still on stdout.
    stdout = (e as { stdout?: string }).stdout ?? '';
    stderr = (e as { stderr?: string }).stderr ?? '';
  }
  const report = JSON.parse(stdout || stderr) as { messages: VnuMessage[] };
  const errors = report.messages.filter((msg) => msg.type === 'error' || msg.subType === 'fatal' || msg.type === 'non-document-error');
  const checked = [...new Set(report.messages.map((msg) => msg.url ?? ''))];
  return { errors, checked: checked.length ? checked : paths };
}

/** A fragment inside the smallest valid page, so the checker can check it. */
export function pageAround(fragment: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Fragment</title></head><body>\n${fragment}</body></html>\n`;
}
