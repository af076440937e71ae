export { parseBylineLine } from './byline-text';
export { type ImportedStory, importWireText, parseDateline, textParagraphs } from './wire-text';
export { stripFirstParagraphPrefix, storyFieldsFromBody, takeBylineParagraph, takeDateline } from './body-fields';
export { type ImportedDocument, ImportError } from './document';
export { importMarkdown } from './markdown';
export { CLEAN_HTML_CONFIG, cleanAttribute, disarmInlineHandlers, installCleanHtmlHooks, keepTypography, removeNoise } from './clean-html';
export { liftWordLists } from './word-lists';
export {
  noteCommentText,
  noteKindOf,
  type PlacedWordChanges,
  placeWordChanges,
  WORD_LINE_BREAK,
  type WordChanges,
  type WordComment,
  type WordParagraph,
  type WordRevision,
  type WordRun,
} from './word-changes';
