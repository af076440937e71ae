import { memo } from 'react';
import { QUOTE_STATE_LABELS } from '../../shared/article/index';
import { summaryLine } from '../../shared/attribution/index';
import { plural } from '../../shared/compare/labels';
import { CHECK_LABEL, type QuoteDesk, type QuoteItem } from './quote-desk';
import './quotes.css';

function shortQuote(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : t;
}

export function roleLine(p: { title: string | null; affiliation: string | null }): string | null {
  return [p.title, p.affiliation].filter(Boolean).join(', ') || null;
}

function QuoteLink({ item, onJump }: { item: QuoteItem; onJump(id: string): void }) {
  // Attributed is the usual state: only the others get a chip (and a speaker named on weak evidence).
  const chip = item.check ? CHECK_LABEL : item.state === 'attributed' ? null : QUOTE_STATE_LABELS[item.state];
  const kind = item.check ? 'check' : item.state;
  return (
    <li>
      <button type="button" className={`quote-link quote-link-${item.state}`} onClick={() => onJump(item.id)}>
        <span className="quote-link-text">“{shortQuote(item.text)}”</span>
        {chip && <span className={`quote-chip quote-chip-${kind}`}>{chip}</span>}
      </button>
    </li>
  );
}

/**
 * Everyone quoted and mentioned, who gets the most voice, and every quote under its speaker.
 * Memoized: it changes with the quote desk (after an analysis), not when the app re-renders for a
 * save state or a notice, which at 20,000 words would redraw hundreds of quotes mid-typing.
 */
export const SourcesPanel = memo(function SourcesPanel({ desk, onJump, onClose }: { desk: QuoteDesk | null; onJump(id: string): void; onClose(): void }) {
  // (the interviewer's questions are no source's voice: they are listed under Quoted, not counted here)
  const voices = desk?.speakers.filter((s) => !s.asks) ?? [];
  const maxWords = Math.max(1, ...voices.map((s) => s.words));
  const totalWords = voices.reduce((n, s) => n + s.words, 0);
  return (
    <section className="side-panel sources" aria-label="Sources" tabIndex={-1}>
      <header className="side-head">
        <h2>Sources</h2>
        <button type="button" className="side-close" aria-label="Close Sources" onClick={onClose}>
          ×
        </button>
      </header>
      {!desk ? (
        <p className="side-empty">Reading the story…</p>
      ) : (
        <div className="side-body">
          <p className="quote-summary" aria-live="polite">
            {summaryLine(desk.summary)}
          </p>
          <p className="quote-progress">
            {desk.summary.confirmed} of {desk.summary.quotes} confirmed
          </p>
          {desk.warnings.length > 0 && (
            <ul className="source-warnings" aria-label="Warnings">
              {desk.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}

          {voices.length > 0 && (
            <section className="side-section" aria-labelledby="voice-heading">
              <h3 id="voice-heading">Who gets the most voice</h3>
              <ul className="voice-chart" aria-label="Quoted words by person">
                {voices.map((s) => {
                  const share = totalWords ? Math.round((s.words / totalWords) * 100) : 0;
                  return (
                    <li
                      key={s.person.id}
                      aria-label={`${s.person.name}: ${plural(s.words, 'word')} in ${plural(s.quotes.length, 'quote')}, ${share}% of quoted words`}
                    >
                      <span className="voice-name">{s.person.name}</span>
                      <span className="voice-figures" aria-hidden="true">
                        {plural(s.quotes.length, 'quote')} · {plural(s.words, 'word')} · {share}%
                      </span>
                      <span className="voice-bar" aria-hidden="true">
                        <span style={{ width: `${Math.max(2, (s.words / maxWords) * 100)}%` }} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}

          <section className="side-section" aria-labelledby="quoted-heading">
            <h3 id="quoted-heading">Quoted</h3>
            {desk.speakers.length === 0 ? (
              <p className="side-empty">No one is quoted yet.</p>
            ) : (
              <ul className="source-people" aria-labelledby="quoted-heading">
                {desk.speakers.map((s) => (
                  <li key={s.person.id} className="source-person">
                    <div className="person-head">
                      <h4>{s.person.name}</h4>
                      <span className="person-figures">
                        {plural(s.quotes.length, 'quote')} · {plural(s.words, 'word')}{s.asks ? ' · asked the questions' : ''}
                      </span>
                    </div>
                    {roleLine(s.person) && <p className="person-role">{roleLine(s.person)}</p>}
                    <ol className="person-quotes" aria-label={`Quotes by ${s.person.name}`}>
                      {s.quotes.map((q) => (
                        <QuoteLink key={q.id} item={q} onJump={onJump} />
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            )}
          </section>

          {desk.unattributed.length > 0 && (
            <section className="side-section" aria-labelledby="unattributed-heading">
              <h3 id="unattributed-heading">No speaker yet</h3>
              <ol className="person-quotes" aria-labelledby="unattributed-heading">
                {desk.unattributed.map((q) => (
                  <QuoteLink key={q.id} item={q} onJump={onJump} />
                ))}
              </ol>
            </section>
          )}

          <section className="side-section" aria-labelledby="mentioned-heading">
            <h3 id="mentioned-heading">Mentioned, not quoted</h3>
            {desk.mentioned.length === 0 ? (
              <p className="side-empty">Everyone named is quoted.</p>
            ) : (
              <ul className="source-mentioned" aria-labelledby="mentioned-heading">
                {desk.mentioned.map((m) => (
                  <li key={m.id}>
                    <strong>{m.name}</strong>
                    {m.role && <span className="person-role"> · {m.role}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </section>
  );
});
