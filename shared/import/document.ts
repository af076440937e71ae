import type { Article } from '../article/model';
import type { StoryChanges } from '../changes/model';
import type { ImportedStory } from './wire-text';

/**
 * A story read from a file, ready to become an article: the fields every importer finds, and
 * what a Copydesk export carries besides (status, cast, quotes, identity) when it is there.
 */
export interface ImportedDocument extends ImportedStory {
  status?: Article['status'];
  people?: Article['people'];
  quotes?: Article['quotes'];
  /**
   * Suggestions and notes the file carried: Word's tracked changes and comments, a Markdown file's
   * CriticMarkup and front matter.
   */
  changes?: StoryChanges;
  /** What the desk should know about how the file came in (it was imported, but not all of it as it was). */
  notices?: string[];
  id?: string;
  created?: string;
  modified?: string;
  /**
   * What the import could not read as meant and kept as plain text instead, each saying where
   * (a line, the words): shown to the desk after the import.
   */
  messages?: string[];
}

/** A file that cannot be imported; the message says why and what to do, for the desk. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
