import { useEffect, useState } from 'react';
import { errorMessage, getHost } from '../host';

export interface ArticleSearchState {
  /** The query the results are for (null when not searching). */
  query: string | null;
  results: { path: string; headline: string; snippet: string }[];
  error: string | null;
}

const DEBOUNCE_MS = 120;

/** Full-text search in the library as the reporter types, a short pause after the last key. */
export function useArticleSearch(query: string, refreshKey: unknown): ArticleSearchState {
  const [state, setState] = useState<ArticleSearchState>({ query: null, results: [], error: null });
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setState({ query: null, results: [], error: null });
      return;
    }
    let live = true;
    const timer = window.setTimeout(() => {
      getHost()
        .searchArticles({ query: q })
        .then(
          ({ results }) => live && setState({ query: q, results, error: null }),
          (e) => live && setState({ query: q, results: [], error: errorMessage(e) }),
        );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, refreshKey]);
  return state;
}
