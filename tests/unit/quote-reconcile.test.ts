// Stored attribution records follow their quotes across edits; an editor's work is never lost
// to the engine.
import { describe, expect, it } from 'vitest';
import type { Person, QuoteRecord } from '../../shared/article/index';
import { analyzeParagraphs, quoteSimilarity, reconcileQuotes, summarizeQuotes, summaryLine } from '../../shared/attribution/index';

const STORY = [
  'Mayor Ellen Ford opened the bridge on Monday.',
  '"We are on budget and on time," Ford said.',
  'Engineer Tom Reyes said the river was "calmer than expected."',
  '"It was a long winter," he said.',
];

function pass(paragraphs: string[], records: QuoteRecord[] = [], people: Person[] = [], retired: QuoteRecord[] = []) {
  const res = analyzeParagraphs(paragraphs);
  return reconcileQuotes({ detected: res.quotes, cast: res.cast, records, people, retired });
}

const byText = (quotes: QuoteRecord[], start: string) => quotes.find((q) => q.text.startsWith(start))!;

describe('reconcileQuotes', () => {
  it('creates a detected record per quote and stores the people quoted', () => {
    const r = pass(STORY);
    expect(r.quotes.map((q) => q.text)).toEqual(['We are on budget and on time,', 'calmer than expected.', 'It was a long winter,']);
    expect(r.quotes.every((q) => q.status === 'detected' && q.method === null)).toBe(true);
    expect(new Set(r.quotes.map((q) => q.id)).size).toBe(3);
    expect(r.people.map((p) => p.name)).toEqual(['Ellen Ford', 'Tom Reyes']);
    expect(r.people[0]!.title).toBe('Mayor');
    expect(r.items.map((i) => i.state)).toEqual(['attributed', 'attributed', 'attributed']);
    expect(summaryLine(summarizeQuotes(r.items))).toBe('3 quotes · 3 attributed · 0 flagged');
  });

  it('keeps a confirmed record (id, status, notes) through edits around the quote and small edits inside it', () => {
    const first = pass(STORY);
    const records = first.quotes.map((q) =>
      q.text.startsWith('We are') ? { ...q, status: 'confirmed' as const, method: 'interview' as const, sourceNote: 'notebook p. 4' } : q,
    );
    const edited = ['Breaking:', ...STORY.slice(0, 1), '"We are on budget and right on time," Ford said on Monday.', ...STORY.slice(2)];
    const r = pass(edited, records, first.people);
    const q = byText(r.quotes, 'We are');
    expect(q).toMatchObject({
      id: byText(records, 'We are').id,
      status: 'confirmed',
      method: 'interview',
      sourceNote: 'notebook p. 4',
      text: 'We are on budget and right on time,',
    });
    expect(r.quotes.map((x) => x.id)).toEqual(records.map((x) => x.id));
  });

  it("an editor's speaker choice overrides the engine, even after edits", () => {
    const first = pass(STORY);
    const mary: Person = { id: 'person-mary-chen', name: 'Mary Chen', title: 'Spokeswoman', affiliation: null };
    const records = first.quotes.map((q) => (q.text.startsWith('It was') ? { ...q, speakerId: mary.id, speakerSetBy: 'editor' as const } : q));
    const r = pass([...STORY, 'The bridge cost $2 million.'], records, [...first.people, mary]);
    expect(byText(r.quotes, 'It was').speakerId).toBe(mary.id);
    expect(r.items.find((i) => i.record.text.startsWith('It was'))!.speaker!.name).toBe('Mary Chen');
    expect(r.people.map((p) => p.name)).toContain('Mary Chen');
    // An unreviewed record follows the engine.
    expect(byText(r.quotes, 'calmer').speakerId).toBe(first.quotes[1]!.speakerId);
  });

  it('a record whose speaker the engine would now change keeps its speaker only when confirmed', () => {
    const first = pass(STORY);
    const tomId = first.people.find((p) => p.name === 'Tom Reyes')!.id;
    const fordId = first.people.find((p) => p.name === 'Ellen Ford')!.id;
    const records = first.quotes.map((q) => (q.text.startsWith('It was') ? { ...q, status: 'confirmed' as const } : q));
    // Now "he" has nobody to point at but the engine gives the quote to Ford (the only person left).
    const edited = [STORY[0]!, STORY[1]!, '"It was a long winter," Ford said.'];
    const r = pass(edited, records, first.people);
    expect(byText(r.quotes, 'It was')).toMatchObject({ status: 'confirmed', speakerId: tomId });
    const r2 = pass(edited, first.quotes, first.people);
    expect(byText(r2.quotes, 'It was').speakerId).toBe(fordId);
  });

  it('repeated quote texts keep their records in order', () => {
    const paras = ['Mayor Ellen Ford said the plan was "fair."', 'Engineer Tom Reyes called the cost "fair."'];
    const first = pass(paras);
    const records = first.quotes.map((q, i) => (i === 1 ? { ...q, status: 'flagged' as const, reviewerNote: 'check' } : q));
    const r = pass(['Update.', ...paras], records, first.people);
    expect(r.quotes.map((q) => q.status)).toEqual(['detected', 'flagged']);
    expect(r.quotes.map((q) => q.id)).toEqual(records.map((q) => q.id));
  });

  it('a reviewed record whose quote is deleted is retired, and comes back when the quote does (undo, paste)', () => {
    const first = pass(STORY);
    const records = first.quotes.map((q) => (q.text.startsWith('calmer') ? { ...q, status: 'flagged' as const, reviewerNote: 'ask Reyes' } : q));
    const without = pass([STORY[0]!, STORY[1]!, STORY[3]!], records, first.people);
    expect(without.quotes).toHaveLength(2);
    expect(without.retired.map((q) => q.reviewerNote)).toEqual(['ask Reyes']);
    const back = pass([...STORY.slice(0, 3), 'More later.', STORY[3]!], without.quotes, without.people, without.retired);
    expect(byText(back.quotes, 'calmer')).toMatchObject({ status: 'flagged', reviewerNote: 'ask Reyes', id: byText(records, 'calmer').id });
    expect(back.retired).toEqual([]);
  });

  it('an unrelated new quote in the place of a deleted one gets a new record', () => {
    const first = pass(STORY);
    const records = first.quotes.map((q) => ({ ...q, status: 'confirmed' as const }));
    const r = pass([STORY[0]!, '"Nobody asked the fishermen," a resident said.', ...STORY.slice(2)], records, first.people);
    const q = byText(r.quotes, 'Nobody');
    expect(q.status).toBe('detected');
    expect(records.map((x) => x.id)).not.toContain(q.id);
  });

  it('scores similarity of quote texts', () => {
    expect(quoteSimilarity('We are on budget', '“We  are on budget')).toBeLessThan(1);
    expect(quoteSimilarity('We are on budget,', 'We are on budget,')).toBe(1);
    expect(quoteSimilarity('We are on budget and on time,', 'We are on budget and right on time,')).toBeGreaterThan(0.8);
    expect(quoteSimilarity('We are on budget', 'Nobody asked the fishermen')).toBeLessThan(0.3);
  });
});
