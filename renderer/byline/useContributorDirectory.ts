import { useCallback, useEffect, useRef, useState } from 'react';
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
  // Each call's answer is the whole directory; answers can come back out of order (the first
  // listing late, a name remembered meanwhile), so only the answer to the latest call is shown.
  const asked = useRef(0);
  const ask = useCallback(<T extends { contributors: DirectoryEntry[] }>(call: Promise<T>): Promise<T> => {
    const ticket = ++asked.current;
    return call.then((answer) => {
      if (ticket === asked.current) setEntries(answer.contributors);
      return answer;
    });
  }, []);

  useEffect(() => {
    ask(getHost().listContributors({})).catch(onError);
  }, [ask, onError]);

  const remember = useCallback(
    (contributors: Contributor[]) => {
      const named = contributors.filter((c) => c.name.trim());
      if (!named.length) return;
      ask(getHost().rememberContributors({ contributors: named })).catch(onError);
    },
    [ask, onError],
  );

  const rename = useCallback((from: string, to: string) => ask(getHost().renameContributor({ from, to })), [ask]);

  const forget = useCallback(async (name: string) => {
    await ask(getHost().forgetContributor({ name }));
  }, [ask]);

  return { entries, remember, rename, forget };
}
