import { useEffect } from 'react';
import { colourOf, isFieldSuggestion, type StoryChanges } from '../../shared/changes';

/**
 * Each suggestion in its author's colour, and resolved notes without their highlight: one
 * stylesheet rebuilt when the records change (a new suggestion, a resolved note), so typing
 * never pays for colouring.
 */
export function useChangeStyles(changes: StoryChanges | undefined): void {
  useEffect(() => {
    let style = document.getElementById('change-colours') as HTMLStyleElement | null;
    if (!style) {
      style = document.createElement('style');
      style.id = 'change-colours';
      document.head.append(style);
    }
    const rules: string[] = [];
    for (const r of changes?.suggestions ?? []) {
      if (isFieldSuggestion(r) || !/^[\w-]+$/.test(r.id)) continue;
      rules.push(`.story-body [data-id='"${r.id}"']{--author-colour:${colourOf(r.author)}}`);
    }
    for (const n of changes?.notes ?? []) {
      if (n.resolved && /^[\w-]+$/.test(n.id)) rules.push(`.story-body [data-note="${n.id}"]{background:none;border-bottom:none}`);
    }
    style.textContent = rules.join('\n');
  }, [changes?.suggestions, changes?.notes]);
}
