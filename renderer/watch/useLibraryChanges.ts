import { useEffect, useRef } from 'react';
import type { LibraryChange } from '../../shared/contract';
import { getHost } from '../host';

/**
 * Follows article files changing on disk: a long poll on waitForLibraryChanges (the same call
 * over Electron IPC and HTTP), restarted after an error with a short pause.
 */
export function useLibraryChanges(onChanges: (changes: LibraryChange[]) => void): void {
  const latest = useRef(onChanges);
  latest.current = onChanges;
  useEffect(() => {
    let stopped = false;
    const pause = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));
    (async () => {
      let cursor: number | undefined;
      while (!stopped) {
        try {
          const answer = await getHost().waitForLibraryChanges(cursor === undefined ? {} : { since: cursor, timeoutMs: 25_000 });
          if (stopped) return;
          if (cursor !== undefined && answer.changes.length > 0) latest.current(answer.changes);
          cursor = answer.cursor;
        } catch {
          await pause(3000);
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);
}
