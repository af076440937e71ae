// Generated news articles for the benchmark: realistic-looking prose from word lists and sentence
// templates (never the dev set), one attributed quote per ~80 words, a photo per ~1,000 words.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { type Article, ARTICLE_EXTENSION, newArticle, serializeArticle, slugForHeadline } from '../../shared/article';
import type { StoryChanges } from '../../shared/changes';
import { schema } from '../../shared/schema';

const FIRST = ['Maria', 'John', 'Aiko', 'Pedro', 'Grace', 'Omar', 'Lena', 'Victor', 'Ruth', 'Samuel', 'Nadia', 'Tom', 'Ines', 'Kwame', 'Hana', 'Luis', 'Freya', 'Arjun', 'Chloe', 'Dmitri'];
const LAST = ['Alvarez', 'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Tanaka', 'Fischer', 'Novak', 'Brennan', 'Costa', 'Ibrahim', 'Walsh', 'Mensah', 'Kowalski', 'Duarte', 'Nakamura', 'Reyes', 'Sorensen'];
const TITLES = ['Finance Minister', 'Mayor', 'Sen.', 'Professor', 'Gov.', 'Judge', 'Police Chief', 'Council Member', 'Health Secretary', 'Union leader'];
const ROLES = ['a spokesperson for the ministry', 'the head of the local chamber of commerce', 'an economist at the central bank', 'a resident of the eastern district', 'the director of the city hospital', 'a lawyer for the families'];
const PLACES = ['the capital', 'the northern provinces', 'the harbour district', 'the river valley', 'the border region', 'the old town', 'the coastal towns', 'the industrial suburbs'];
const ORGS = ['the city council', 'the transport authority', 'the national weather service', 'the finance ministry', 'the teachers union', 'the regional health board', 'the port authority', 'the electoral commission'];
const NOUNS = ['budget', 'housing plan', 'rail link', 'water supply', 'school reform', 'tax proposal', 'flood defences', 'hospital wing', 'bus network', 'energy subsidy', 'trade agreement', 'ceasefire talks', 'wage deal', 'pension reform'];
const VERBS = ['approved', 'delayed', 'rejected', 'announced', 'criticised', 'defended', 'reviewed', 'postponed', 'expanded', 'cut', 'questioned', 'welcomed'];
const ADJ = ['long-awaited', 'controversial', 'ambitious', 'modest', 'costly', 'overdue', 'temporary', 'sweeping', 'narrow', 'fragile'];
const TIMES = ['on Tuesday', 'late on Monday', 'earlier this week', 'last month', 'on Friday morning', 'after midnight', 'over the weekend', 'in March'];
const SPEECH = ['said', 'told reporters', 'said in a statement', 'told a news conference', 'said on Thursday'];
const QUOTES = [
  'We cannot keep asking families to wait another year for something they were promised',
  'This is the most important decision the council has taken in a decade',
  'Nobody here wanted it to end like this, but the numbers simply did not add up',
  'We will look at every option before we commit a single euro more',
  'The people who live along the river deserve to know what comes next',
  'It is a fair deal and I think most workers will accept it',
  'There is still a great deal of work to do before the winter',
  'We were told the money was there, and now it is gone',
  'I have spent thirty years in this job and I have never seen anything like it',
  'Our priority is to keep the schools open and the buses running',
];
const CONNECT = ['Meanwhile,', 'At the same time,', 'Officials said', 'According to figures released this week,', 'In a separate development,', 'Critics argued that', 'Supporters noted that', 'By the evening,'];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface GeneratedStory {
  headline: string;
  standfirst: string;
  byline: string;
  paragraphs: string[];
  body: Article['body'];
  words: number;
}

export const BENCH_PHOTO_SRC = 'media/bench-photo.jpg';

/** One story of about `words` words (body only), deterministic for a seed. */
export function generateStory(words: number, seed: number): GeneratedStory {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)] as T;
  const n = () => 2 + Math.floor(r() * 97);
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const sentence = (): string => {
    switch (Math.floor(r() * 6)) {
      case 0:
        return `${cap(pick(ORGS))} ${pick(VERBS)} the ${pick(ADJ)} ${pick(NOUNS)} ${pick(TIMES)}, a move that affects about ${n()},000 people in ${pick(PLACES)}.`;
      case 1:
        return `${pick(CONNECT)} the ${pick(NOUNS)} would cost roughly ${n()} million euros over ${2 + Math.floor(r() * 8)} years.`;
      case 2:
        return `Residents of ${pick(PLACES)} have waited since ${1990 + Math.floor(r() * 34)} for the ${pick(NOUNS)}, which ${pick(ORGS)} first proposed.`;
      case 3:
        return `The ${pick(ADJ)} ${pick(NOUNS)} was ${pick(VERBS)} by ${pick(ORGS)}, and a vote is expected ${pick(TIMES)}.`;
      case 4:
        return `${cap(pick(ORGS))} said ${n()} percent of the ${pick(NOUNS)} had already been spent in ${pick(PLACES)}.`;
      default:
        return `${pick(CONNECT)} ${pick(ORGS)} ${pick(VERBS)} a report on the ${pick(NOUNS)}, citing delays in ${pick(PLACES)}.`;
    }
  };
  const quote = (): string => {
    const q = pick(QUOTES);
    switch (Math.floor(r() * 4)) {
      case 0:
        return `“${q},” said ${person()}.`;
      case 1:
        return `“${q},” ${pick(TITLES)} ${person()} ${pick(SPEECH)}.`;
      case 2:
        return `${person()}, ${pick(ROLES)}, said: “${q}.”`;
      default:
        return `“${q},” said ${person()}, ${pick(ROLES)}.`;
    }
  };
  const paragraphs: string[] = [];
  const content: unknown[] = [];
  let count = 0;
  let sincePhoto = 0;
  let sinceHeading = 0;
  while (count < words) {
    // About 80 words per paragraph, each with one attributed quote.
    const parts: string[] = [];
    let w = 0;
    const quoteAt = Math.floor(r() * 3);
    for (let i = 0; w < 66; i++) {
      const s = i === quoteAt ? quote() : sentence();
      parts.push(s);
      w += wordsIn(s);
    }
    const text = parts.join(' ');
    paragraphs.push(text);
    content.push({ type: 'paragraph', content: [{ type: 'text', text }] });
    const pw = wordsIn(text);
    count += pw;
    sincePhoto += pw;
    sinceHeading += pw;
    if (sincePhoto >= 1000 && count < words) {
      sincePhoto = 0;
      content.push({
        type: 'photo',
        attrs: {
          src: BENCH_PHOTO_SRC,
          preview: BENCH_PHOTO_SRC,
          caption: `${cap(pick(ORGS))} officials inspect the ${pick(NOUNS)} site in ${pick(PLACES)} ${pick(TIMES)}.`,
          credit: `${person()} / Copydesk Wire`,
          alt: `People standing near a construction site in ${pick(PLACES)}`,
          rights: 'Editorial use only',
          width: 640,
          height: 427,
        },
      });
    }
    if (sinceHeading >= 2500 && count < words) {
      sinceHeading = 0;
      const h = `${cap(pick(ADJ))} ${pick(NOUNS)}`;
      paragraphs.push(h);
      content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: h }] });
    }
  }
  const headline = `${cap(pick(ORGS))} ${pick(VERBS)} ${pick(ADJ)} ${pick(NOUNS)} in ${pick(PLACES)} (${seed})`;
  return {
    headline,
    standfirst: `The ${pick(NOUNS)} has divided ${pick(PLACES)} for years; ${pick(ORGS)} now faces a deadline.`,
    byline: person(),
    paragraphs,
    body: { type: 'doc', content } as Article['body'],
    words: count,
  };
}

export function storyArticle(story: GeneratedStory, id: string, modified: string): Article {
  return newArticle({
    id,
    now: modified,
    headline: story.headline,
    standfirst: story.standfirst,
    status: 'draft',
    byline: { position: 'top', contributors: [{ name: story.byline, role: 'writer', affiliation: null, contact: null }] },
    body: story.body,
  });
}

export function fileNameFor(story: GeneratedStory): string {
  return `${slugForHeadline(story.headline)}${ARTICLE_EXTENSION}`;
}

/** Mixed sizes for the library: mostly short news, some features, a few long reads. */
export function librarySize(r: () => number): number {
  const x = r();
  if (x < 0.75) return 250 + Math.floor(r() * 750);
  if (x < 0.97) return 1000 + Math.floor(r() * 2000);
  return 5000 + Math.floor(r() * 15000);
}

/** Writes `count` articles of mixed sizes into `dir` (plain writes: this is a fixture, not a save). */
export async function writeLibrary(dir: string, count: number, seed = 7): Promise<{ names: string[]; words: number }> {
  await mkdir(dir, { recursive: true });
  const r = rng(seed);
  const names: string[] = [];
  let total = 0;
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let i = 0; i < count; i += 50) {
    const batch: Promise<void>[] = [];
    for (let j = i; j < Math.min(count, i + 50); j++) {
      const story = generateStory(librarySize(r), seed * 100_000 + j);
      total += story.words;
      const name = `${String(j).padStart(4, '0')}-${fileNameFor(story)}`;
      names.push(name);
      const article = storyArticle(story, `bench-${j}`, new Date(base + j * 60_000).toISOString());
      batch.push(writeFile(path.join(dir, name), serializeArticle(article)));
    }
    await Promise.all(batch);
  }
  return { names, words: total };
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function wordsIn(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/**
 * The article with the desk's changes on it: `suggestions` words marked as suggested insertions
 * or deletions and `notes` notes, by two people, spread evenly through the story (never in its last
 * paragraph, which the bench waits for when it opens the story).
 */
export function withDeskChanges(article: Article, suggestions: number, notes: number): Article {
  const doc = Node.fromJSON(schema, article.body);
  const words: { from: number; to: number }[] = [];
  const lastStart = doc.content.size - (doc.lastChild?.nodeSize ?? 0);
  doc.descendants((node, pos) => {
    if (!node.isText || pos >= lastStart) return node.isBlock;
    for (const m of (node.text ?? '').matchAll(/[A-Za-z]{4,}/g)) words.push({ from: pos + (m.index ?? 0), to: pos + (m.index ?? 0) + m[0].length });
    return false;
  });
  const wanted = suggestions + notes;
  const every = Math.max(1, Math.floor(words.length / wanted));
  const picked = words.filter((_, i) => i % every === 0).slice(0, wanted);
  const tr = new Transform(doc);
  const people = ['Ana Ruiz', 'Ed Stone'];
  const records: StoryChanges = { suggestions: [], notes: [] };
  picked.forEach((w, i) => {
    const author = people[i % 2] as string;
    const at = `2026-02-01T10:${String(i % 60).padStart(2, '0')}:00.000Z`;
    if (i < suggestions) {
      const id = `b${i}`;
      tr.addMark(w.from, w.to, (i % 2 ? schema.marks.deletion : schema.marks.insertion).create({ id }));
      records.suggestions.push({ id, author, at });
    } else {
      const id = `n${i}`;
      tr.addMark(w.from, w.to, schema.marks.note.create({ id }));
      records.notes.push({ id, kind: 'comment', author, at, text: 'Check this figure with the council.', excerpt: doc.textBetween(w.from, w.to), replies: [], resolved: null });
    }
  });
  return { ...article, body: tr.doc.toJSON() as Article['body'], changes: records };
}
