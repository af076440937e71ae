/**
 * Curly quotes and dashes for plain text fields (headline, standfirst) as the reporter types,
 * matching what the body's input rules do. Only the character just typed is changed, so a
 * pasted straight quote that was meant to stay straight is left alone.
 */
export function smartenAt(value: string, caret: number): { value: string; caret: number } {
  const typed = value[caret - 1];
  const before = value[caret - 2];
  const opening = before === undefined || /[\s([{“‘—–-]/.test(before);
  let replacement: string | null = null;
  let from = caret - 1;
  if (typed === '"') replacement = opening ? '“' : '”';
  else if (typed === "'") replacement = opening ? '‘' : '’';
  else if (typed === '-' && before === '-') {
    replacement = '—';
    from = caret - 2;
  } else if (typed === '.' && value.slice(caret - 3, caret) === '...') {
    replacement = '…';
    from = caret - 3;
  }
  if (replacement === null) return { value, caret };
  return { value: value.slice(0, from) + replacement + value.slice(caret), caret: from + replacement.length };
}
