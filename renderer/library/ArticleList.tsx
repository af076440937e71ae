import { useLayoutEffect, useRef, useState } from 'react';
import { type ArticleSummary, STATUS_LABELS } from '../../shared/article';
import { formatModified } from './format';
import './library.css';

interface ArticleListProps {
  articles: ArticleSummary[];
  currentPath: string | null;
  /** Search snippets by article path, shown under the headline. */
  snippets?: Map<string, string>;
  empty: string;
  onOpen(path: string): void;
}

/** Lists this long are windowed: only the rows in view (and a few either side) are in the page. */
export const WINDOW_FROM = 80;
/** Every row of a windowed list has this height (headline clamped to two lines). */
export const ROW_HEIGHT = 96;
const OVERSCAN = 8;
const LIST_PADDING = 6;

/**
 * The library's list of articles (named "Articles"). A newsroom library holds thousands of
 * stories; rendering a row for each would make every keystroke and scroll pay for all of them.
 */
export function ArticleList({ articles, currentPath, snippets, empty, onOpen }: ArticleListProps) {
  const list = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: 900 });
  const windowed = articles.length >= WINDOW_FROM;

  useLayoutEffect(() => {
    const el = list.current;
    if (!el || !windowed) return;
    const measure = () => setView((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      resize.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, [windowed]);

  let first = 0;
  let last = articles.length;
  if (windowed) {
    first = Math.max(0, Math.floor((view.top - LIST_PADDING) / ROW_HEIGHT) - OVERSCAN);
    last = Math.min(articles.length, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  }
  // The rows out of view are stood in for by two spacers inside the list. (Not by the list's own
  // padding: a flex item cannot be shorter than its padding, so the list would grow to the whole
  // library's height, overflow its column, and measure itself as tall as that.)
  const spacer = (key: string, rows: number) => rows > 0 && <li key={key} className="list-spacer" aria-hidden="true" style={{ height: rows * ROW_HEIGHT }} />;

  return (
    <ul ref={list} className={`article-list${windowed ? ' is-windowed' : ''}`} aria-label="Articles">
      {windowed && spacer('before', first)}
      {articles.slice(first, last).map((a, i) => {
        const snippet = snippets?.get(a.path);
        return (
          <li key={a.path} aria-setsize={articles.length} aria-posinset={first + i + 1} style={windowed ? { height: ROW_HEIGHT, overflow: 'hidden' } : undefined}>
            <button
              type="button"
              className={`article-item${a.path === currentPath ? ' is-current' : ''}${a.problem ? ' has-problem' : ''}`}
              aria-current={a.path === currentPath ? 'true' : undefined}
              onClick={() => onOpen(a.path)}
              title={a.problem ?? a.path}
            >
              <span className="article-headline">{a.headline || 'Untitled'}</span>
              {snippet && <span className="article-snippet">{snippet}</span>}
              {a.problem ? (
                <span className="article-meta problem">Can’t be opened: {a.problem}</span>
              ) : (
                <span className="article-meta">
                  {a.byline && !snippet && <span>{a.byline}</span>}
                  <span>
                    <span className={`status-chip status-${a.status}`}>{STATUS_LABELS[a.status]}</span> · {a.words.toLocaleString()} words · {formatModified(a.modified)}
                    {pendingLabel(a) && <span className="pending-changes"> · {pendingLabel(a)}</span>}
                  </span>
                </span>
              )}
            </button>
          </li>
        );
      })}
      {windowed && spacer('after', articles.length - last)}
      {articles.length === 0 && <li className="empty">{empty}</li>}
    </ul>
  );
}

/** "2 suggestions, 1 note": what the desk still has to decide on this story. */
function pendingLabel(a: ArticleSummary): string {
  const parts: string[] = [];
  if (a.suggestions) parts.push(`${a.suggestions} ${a.suggestions === 1 ? 'suggestion' : 'suggestions'}`);
  if (a.notes) parts.push(`${a.notes} ${a.notes === 1 ? 'note' : 'notes'}`);
  return parts.join(', ');
}
