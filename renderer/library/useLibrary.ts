import { useCallback, useState } from 'react';
import type { ArticleSummary } from '../../shared/article';
import type { HostApi } from '../../shared/contract';

export interface Library {
  /** Every story in the library folder, newest first, as last read from the host. */
  articles: ArticleSummary[];
  /** The trash, as last read from the host. */
  trash: ArticleSummary[];
  /** Reads the list again; resolves to it. */
  refresh(): Promise<ArticleSummary[]>;
  /** Reads the trash again. */
  refreshTrash(): Promise<ArticleSummary[]>;
  /** A story just saved goes to the top of the list as it now is, without asking the host. */
  saved(summary: ArticleSummary): void;
}

/** The library's list and trash for the left column. Its functions are stable. */
export function useLibrary(host: HostApi): Library {
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [trash, setTrash] = useState<ArticleSummary[]>([]);

  const refresh = useCallback(async () => {
    const { articles } = await host.listArticles({});
    setArticles(articles);
    return articles;
  }, [host]);

  const refreshTrash = useCallback(async () => {
    const { articles } = await host.listTrash({});
    setTrash(articles);
    return articles;
  }, [host]);

  const saved = useCallback((summary: ArticleSummary) => {
    setArticles((list) => [summary, ...list.filter((a) => a.path !== summary.path)]);
  }, []);

  return { articles, trash, refresh, refreshTrash, saved };
}
