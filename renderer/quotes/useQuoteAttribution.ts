// Joins the editor's quote plugin with the article's stored records: after each (debounced)
// analysis it reconciles detected quotes with `article.quotes` / `article.people`, keeps them in
// the article's fields, and publishes what the Sources panel and review mode show. Editors'
// actions (speaker, confirm, flag, notes) change the records and redraw the highlights.
import type { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Person, QuoteRecord } from '../../shared/article/index';
import { countWords, personIdFor } from '../../shared/article/index';
import { type Reconciliation, reconcileQuotes } from '../../shared/attribution/index';
import type { ArticleFields } from '../article/useArticleSession';
import { type QuoteAnalysis, type QuoteMark, quoteAttribution, refreshQuotes, segmentRanges, selectQuote, setCurrentQuote } from '../editor/quote-plugin';
import { afterShown } from '../desk/after-shown';
import { buildQuoteDesk, type QuoteDesk } from './quote-desk';
import { quoteHighlights, quoteHighlightsSupported } from './quote-highlights';
import { quoteTooltip } from './quote-tooltip';

/** What the hook needs from useArticleSession. */
export interface QuoteArticleApi {
  view: { current: EditorView | null };
  /** The open story now (not as last rendered). */
  getSession(): { fields: ArticleFields } | null;
  editFields(patch: Partial<ArticleFields>, options?: { quiet?: boolean }): void;
}

export type SpeakerChoice = { personId: string | null } | { newName: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function useQuoteAttribution(article: QuoteArticleApi, articleKey: string | null) {
  // The desk with the story it was built for: another story shows none until its first analysis,
  // without an effect that clears it (a second render of the whole app as a story opens).
  const [built, setBuilt] = useState<{ articleKey: string; desk: QuoteDesk } | null>(null);
  const desk = built && built.articleKey === articleKey ? built.desk : null;
  const retired = useRef<QuoteRecord[]>([]);
  const apiRef = useRef(article);
  apiRef.current = article;

  const annotate = useCallback((forKey: string, analysis: QuoteAnalysis): QuoteMark[] => {
    const api = apiRef.current;
    const fields = api.getSession()?.fields;
    const rec: Reconciliation = reconcileQuotes({
      detected: analysis.result.quotes,
      cast: analysis.result.cast,
      records: fields?.quotes ?? [],
      people: fields?.people ?? [],
      retired: retired.current,
    });
    retired.current = rec.retired;
    if (fields && (!same(rec.quotes, fields.quotes) || !same(rec.people, fields.people))) {
      api.editFields({ quotes: rec.quotes, people: rec.people }, { quiet: true });
    }
    setBuilt({ articleKey: forKey, desk: buildQuoteDesk(rec, analysis, countWords) });
    return rec.items.map((it) => ({
      quoteId: it.record.id,
      state: it.state,
      speaker: it.speaker?.name ?? null,
      detail: it.speaker ? [it.speaker.title, it.speaker.affiliation].filter(Boolean).join(', ') || null : null,
      cue: it.record.speakerSetBy === 'editor' ? 'chosen by editor' : it.detected.cue,
      ranges: segmentRanges(it.detected.segments, analysis.paragraphs),
    }));
  }, []);

  // One plugin (and engine session) per opened article: the editor is recreated with it.
  const plugins: Plugin[] = useMemo(() => {
    retired.current = [];
    if (!articleKey) return [];
    // The cursor block's quotes as CSS highlights where the browser has them (typing inside a
    // quote then costs what it does elsewhere), every other quote as a decoration span.
    const annotateThis = (analysis: QuoteAnalysis) => annotate(articleKey, analysis);
    // The story as opened is analysed once it is on screen (its highlights and Sources follow).
    const scheduleFirst = (task: () => void) => afterShown(task);
    return quoteHighlightsSupported()
      ? [quoteAttribution({ annotate: annotateThis, scheduleFirst, paint: 'outside-caret-block' }), quoteHighlights(), quoteTooltip()]
      : [quoteAttribution({ annotate: annotateThis, scheduleFirst }), quoteTooltip()];
  }, [articleKey, annotate]);

  const updateRecord = useCallback((id: string, patch: Partial<QuoteRecord>, newPerson?: Person) => {
    const api = apiRef.current;
    const fields = api.getSession()?.fields;
    if (!fields) return;
    const quotes = fields.quotes.map((q) => (q.id === id ? { ...q, ...patch } : q));
    const people = newPerson && !fields.people.some((p) => p.id === newPerson.id) ? [...fields.people, newPerson] : fields.people;
    api.editFields({ quotes, people });
    const v = api.view.current;
    if (v) refreshQuotes(v.state, v.dispatch);
  }, []);

  const setSpeaker = useCallback(
    (id: string, choice: SpeakerChoice) => {
      if ('newName' in choice) {
        const name = choice.newName.trim();
        if (!name) return;
        const fields = apiRef.current.getSession()?.fields;
        const existing = [...(fields?.people ?? []), ...(desk?.choices ?? [])].find((p) => p.name.toLowerCase() === name.toLowerCase());
        if (existing) {
          updateRecord(id, { speakerId: existing.id, speakerSetBy: 'editor' }, existing);
          return;
        }
        const taken = new Set([...(fields?.people ?? []).map((p) => p.id), ...(desk?.choices ?? []).map((p) => p.id)]);
        const person: Person = { id: personIdFor(name, taken), name, title: null, affiliation: null };
        updateRecord(id, { speakerId: person.id, speakerSetBy: 'editor' }, person);
      } else {
        const person = desk?.choices.find((p) => p.id === choice.personId);
        updateRecord(id, { speakerId: choice.personId, speakerSetBy: 'editor' }, person);
      }
    },
    [desk, updateRecord],
  );

  /** Selects the quote in the text and scrolls to it; `focus` moves the keyboard there too. */
  const reveal = useCallback((id: string, options: { focus?: boolean } = {}) => {
    const v = apiRef.current.view.current;
    if (!v) return false;
    const ok = selectQuote(id)(v.state, v.dispatch);
    if (options.focus) v.focus();
    return ok;
  }, []);

  const markCurrent = useCallback((id: string | null) => {
    const v = apiRef.current.view.current;
    if (v) setCurrentQuote(id)(v.state, v.dispatch);
  }, []);

  return { desk, plugins, updateRecord, setSpeaker, reveal, markCurrent };
}

export type QuoteAttributionApi = ReturnType<typeof useQuoteAttribution>;
