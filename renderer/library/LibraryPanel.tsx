import { useState } from 'react';
import { type ArticleSummary, STATUS_LABELS } from '../../shared/article';

interface LibraryPanelProps {
  articles: ArticleSummary[];
  trash: ArticleSummary[];
  currentPath: string | null;
  onOpen(path: string): void;
  onNew(): void;
  onRestore(trashPath: string): void;
  onShowTrash(): void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatModified(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateFormat.format(d);
}

/** The library: every story in the folder, newest first, with what a desk needs to pick one. */
export function LibraryPanel({ articles, trash, currentPath, onOpen, onNew, onRestore, onShowTrash }: LibraryPanelProps) {
  const [showTrash, setShowTrash] = useState(false);
  return (
    <nav className="library" aria-label="Library">
      <div className="library-head">
        <span className="brand">Copydesk</span>
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <ul className="article-list" aria-label="Articles">
        {articles.map((a) => (
          <li key={a.path}>
            <button
              type="button"
              className={`article-item${a.path === currentPath ? ' is-current' : ''}${a.problem ? ' has-problem' : ''}`}
              aria-current={a.path === currentPath ? 'true' : undefined}
              onClick={() => onOpen(a.path)}
              title={a.problem ?? a.path}
            >
              <span className="article-headline">{a.headline || 'Untitled'}</span>
              {a.problem ? (
                <span className="article-meta problem">Can’t be opened: {a.problem}</span>
              ) : (
                <span className="article-meta">
                  {a.byline && <span>{a.byline}</span>}
                  <span>
                    <span className={`status-chip status-${a.status}`}>{STATUS_LABELS[a.status]}</span> · {a.words.toLocaleString()} words · {formatModified(a.modified)}
                  </span>
                </span>
              )}
            </button>
          </li>
        ))}
        {articles.length === 0 && <li className="empty">No articles yet. Start one with “New article”.</li>}
      </ul>
      <div className="trash">
        <button
          type="button"
          className="link-button"
          aria-expanded={showTrash}
          onClick={() => {
            if (!showTrash) onShowTrash();
            setShowTrash(!showTrash);
          }}
        >
          Trashed articles
        </button>
        {showTrash && (
          <ul aria-label="Trash" className="trash-list">
            {trash.length === 0 && <li className="empty">The trash is empty.</li>}
            {trash.map((a) => (
              <li key={a.path}>
                <span>{a.headline || 'Untitled'}</span>
                <button type="button" aria-label={`Restore ${a.headline || 'Untitled'}`} onClick={() => onRestore(a.path)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </nav>
  );
}
