export { parseBylineLine } from './byline-text';
export { type ImportedStory, importWireText, parseDateline, textParagraphs } from './wire-text';
