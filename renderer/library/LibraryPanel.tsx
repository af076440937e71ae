import { type ReactNode, useMemo, useState } from 'react';
import type { ArticleSummary } from '../../shared/article';
import { ArticleList } from './ArticleList';
import { useArticleSearch } from './useArticleSearch';

export { formatModified } from './format';

interface LibraryPanelProps {
  articles: ArticleSummary[];
  trash: ArticleSummary[];
  currentPath: string | null;
  onOpen(path: string): void;
  onNew(): void;
  onRestore(trashPath: string): void;
  onShowTrash(): void;
  /** Settings: Your name (who signs suggestions and notes). */
  onSettings(): void;
  /** The Newsroom list and its actions, shown above the local articles once connected. */
  newsroom?: ReactNode;
  /** Opens Connect to newsroom; once connected the button says which newsroom account this is. */
  onNewsroom?(): void;
  newsroomLabel?: string;
}

/** The library: every story in the folder, newest first, with what a desk needs to pick one. */
export function LibraryPanel({
  articles,
  trash,
  currentPath,
  onOpen,
  onNew,
  onRestore,
  onShowTrash,
  onSettings,
  newsroom,
  onNewsroom,
  newsroomLabel,
}: LibraryPanelProps) {
  const [showTrash, setShowTrash] = useState(false);
  const [query, setQuery] = useState('');
  // A changed list (a save, a new story) runs the search again.
  const search = useArticleSearch(query, articles);
  const found = useMemo(() => {
    if (search.query === null) return null;
    const byPath = new Map(articles.map((a) => [a.path, a]));
    const list = search.results.map((r) => byPath.get(r.path)).filter((a): a is ArticleSummary => !!a);
    return { list, snippets: new Map(search.results.map((r) => [r.path, r.snippet])) };
  }, [search, articles]);
  return (
    <nav className="library" id="library" aria-label="Library">
      <div className="library-head">
        <span className="brand">Copydesk</span>
        <button type="button" className="primary" onClick={onNew}>
          New article
        </button>
      </div>
      <div className="library-search">
        <input
          type="search"
          aria-label="Search articles"
          placeholder="Search articles"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Esc empties the search first; with nothing to empty it closes the library drawer.
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              setQuery('');
            }
          }}
        />
        {search.error && <p className="search-error" role="alert">{search.error}</p>}
      </div>
      {newsroom}
      {newsroom && <h2 className="library-heading">On this computer</h2>}
      <ArticleList
        articles={found ? found.list : articles}
        snippets={found?.snippets}
        currentPath={currentPath}
        empty={found ? `No articles match “${search.query}”.` : 'No articles yet. Start one with “New article”.'}
        onOpen={onOpen}
      />
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
        <button type="button" className="link-button library-settings" onClick={onSettings}>
          Settings
        </button>
        {onNewsroom && (
          <button type="button" className="link-button library-newsroom" onClick={onNewsroom} aria-label={newsroomLabel ?? 'Connect to newsroom'}>
            {newsroomLabel ?? 'Connect to newsroom'}
          </button>
        )}
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
