/**
 * Compare versions: two versions of a story (two revisions, or a revision and the text as it is
 * now) word by word, with paragraphs inserted, deleted and moved, field and photo changes and
 * quotes whose speaker changed; printed as text or HTML; and "restore this paragraph".
 */
export { compareArticles, compareBodies, FIELD_LABELS, fieldText } from './compare';
export { comparisonHtml, spansHtml } from './render-html';
export { type ComparisonRenderOptions, comparisonText, spansText } from './render-text';
export { applyParagraphRestore, type ParagraphRestore, restoreParagraph } from './restore';
export type * from './types';
export { diffTextblocks, diffWords } from './word-diff';
