/**
 * The names of every host call, kept apart from the schemas so the Electron preload can expose
 * them one by one without bundling the validation library.
 */
export const HOST_METHODS = [
  'getLibraryInfo',
  'listArticles',
  'openArticle',
  'saveArticle',
  'createArticle',
  'renameArticle',
  'duplicateArticle',
  'trashArticle',
  'listTrash',
  'restoreArticle',
  'importPhoto',
  'importDocument',
  'exportArticle',
  'searchArticles',
  'journalArticle',
  'journalChanges',
  'getRecovery',
  'listRecoveries',
  'discardRecovery',
  'listRevisions',
  'readRevision',
  'snapshotRevision',
  'waitForLibraryChanges',
  'listContributors',
  'rememberContributors',
  'renameContributor',
  'forgetContributor',
  'getHouseStyle',
  'setHouseRule',
  'getNewsroomSettings',
  'setNewsroomSettings',
  'readNewsroomCopy',
  'loadNewsroomCopy',
  'saveNewsroomCopy',
  'listNewsroomCopies',
  'keepNewsroomCopy',
  'missingMedia',
] as const;

export type HostMethod = (typeof HOST_METHODS)[number];

/** IPC channel for a host call. */
export const ipcChannel = (method: HostMethod) => `copydesk:${method}`;
