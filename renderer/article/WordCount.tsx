import { useSyncExternalStore } from 'react';

/**
 * The story's word count, kept outside the app's React state: it changes whenever typing pauses,
 * and re-rendering the whole workspace for it cost a few milliseconds each time, right when the
 * next keystroke arrives. Only the count itself re-renders.
 */
export class WordTally {
  private words = 0;
  private listeners = new Set<() => void>();

  set(words: number) {
    if (words === this.words) return;
    this.words = words;
    for (const l of this.listeners) l();
  }

  get = () => this.words;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export function WordCount({ tally }: { tally: WordTally }) {
  const words = useSyncExternalStore(tally.subscribe, tally.get);
  return (
    <span className="word-count" role="note" aria-label="Word count">
      {words.toLocaleString()} words
    </span>
  );
}
