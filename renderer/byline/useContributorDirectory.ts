import { useCallback, useEffect, useState } from 'react';
import type { Contributor } from '../../shared/article';
import type { DirectoryEntry } from '../../shared/contributors';
import { getHost } from '../host';

export interface ContributorDirectoryApi {
  entries: DirectoryEntry[];
  remember(contributors: Contributor[]): void;
  rename(from: string, to: string): Promise<{ articles: { path: string; stamp: import('../../shared/contract').FileStamp }[] }>;
  /** No longer offers `name`; bylines that credit it stay as they are. */
  forget(name: string): Promise<void>;
}

/** The library's contributor directory, loaded once and kept up to date as names are typed. */
export function useContributorDirectory(onError: (e: unknown) => void): ContributorDirectoryApi {
  const [entries, setEntries] = useState<DirectoryEntry[]>([]);

  useEffect(() => {
    getHost()
      .listContributors({})
      .then((r) => setEntries(r.contributors), onError);
  }, [onError]);

  const remember = useCallback(
    (contributors: Contributor[]) => {
      const named = contributors.filter((c) => c.name.trim());
      if (!named.length) return;
      getHost()
        .rememberContributors({ contributors: named })
        .then((r) => setEntries(r.contributors), onError);
    },
    [onError],
  );

  const rename = useCallback(async (from: string, to: string) => {
    const result = await getHost().renameContributor({ from, to });
    setEntries(result.contributors);
    return result;
  }, []);

  const forget = useCallback(async (name: string) => {
    setEntries((await getHost().forgetContributor({ name })).contributors);
  }, []);

  return { entries, remember, rename, forget };
}
