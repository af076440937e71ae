import { stat } from 'node:fs/promises';
import os from 'node:os';
import { type HostApi, HostError, type HostMethod, isHostMethod, parseHostInput, parseHostOutput } from '../../shared/contract';
import { HOUSE_STYLE_FILE, type LoadedHouseStyle, loadHouseStyle, setHouseRuleEnabled } from './checks';
import { ContributorDirectoryService } from './contributors';
import { exportArticleAnswer, exportLibraryArticle, importDocument } from './documents';
import type { ArticleLibrary } from './library';
import { importPhoto, PhotoError } from './photos';
import { parseSharedStoryPath } from '../../shared/newsroom/address';
import { NewsroomCopies } from './newsroom-copies';
import { createSafeKeeping } from './safekeeping';

export interface HostServiceOptions {
  library: ArticleLibrary;
  host: 'electron' | 'web';
  appVersion: string;
}

/** The host API implemented on the library services. Both transports serve this one object. */
export function createHostService({ library, host, appVersion }: HostServiceOptions): HostApi {
  const safety = createSafeKeeping(library);
  const directory = new ContributorDirectoryService(library);
  const newsroom = new NewsroomCopies(library.root);
  return {
    getLibraryInfo: async () => ({ libraryPath: library.root, appVersion, host, userName: systemUserName() }),
    listArticles: async () => ({ articles: await library.list() }),
    openArticle: async ({ path }) => {
      const opened = await library.open(path);
      // With the recovery copy still to offer for it, if any: opening a story is one call.
      const recovery = await safety.recoveryFor(opened.article.id);
      return { ...opened, journalEntry: safety.opened(opened.article), recovery };
    },
    saveArticle: (input) => safety.save(input),
    ...safety.calls,
    createArticle: ({ headline }) => library.create(headline),
    renameArticle: ({ path, headline }) => library.rename(path, headline),
    duplicateArticle: ({ path }) => library.duplicate(path),
    trashArticle: ({ path }) => library.trash(path),
    listTrash: async () => ({ articles: await library.listTrash() }),
    restoreArticle: ({ trashPath }) => library.restore(trashPath),
    searchArticles: async ({ query, limit }) => ({ results: await library.search(query, limit) }),
    importPhoto: async ({ fileName, data }) => {
      try {
        return await importPhoto(library.root, { bytes: Buffer.from(data, 'base64'), fileName });
      } catch (e) {
        if (e instanceof PhotoError) throw new HostError('photo-refused', e.message, { reason: e.code });
        throw e;
      }
    },
    importDocument: async ({ fileName, data }) => {
      const { path, notices } = await importDocument(library, { fileName, bytes: Buffer.from(data, 'base64') });
      return notices.length ? { path, notices } : { path };
    },
    exportArticle: async (input) => {
      // A shared story (renderer/newsroom) is exported from its copy kept on this computer, which
      // the app writes just before it exports.
      const shared = parseSharedStoryPath(input.path);
      if (!shared) return exportLibraryArticle(library, input);
      const article = await newsroom.readable(shared.server, shared.storyId);
      if (!article) throw new HostError('not-found', 'This shared story has no copy on this computer yet to export. Try again in a moment.');
      return exportArticleAnswer(article, library.root, input);
    },
    listContributors: async () => ({ contributors: await directory.list() }),
    rememberContributors: async ({ contributors }) => ({ contributors: await directory.remember(contributors) }),
    renameContributor: ({ from, to }) => directory.rename(from, to),
    forgetContributor: async ({ name }) => ({ contributors: await directory.forget(name) }),
    getHouseStyle: async () => houseStyleAnswer(await loadHouseStyle(library.root)),
    setHouseRule: async ({ ruleId, enabled }) => houseStyleAnswer(await setHouseRuleEnabled(library.root, ruleId, enabled)),
    getNewsroomSettings: async () => ({ newsroom: await newsroom.settings() }),
    setNewsroomSettings: async ({ newsroom: settings }) => {
      await newsroom.setSettings(settings);
      return {};
    },
    readNewsroomCopy: async ({ server, storyId }) => {
      if (!(await newsroom.has(server, storyId))) return { kept: false, article: null };
      return { kept: true, article: await newsroom.readable(server, storyId) };
    },
    loadNewsroomCopy: async ({ server, storyId }) => {
      const state = await newsroom.load(server, storyId);
      return { state: state ? Buffer.from(state).toString('base64') : null };
    },
    saveNewsroomCopy: async ({ server, storyId, state, article }) => {
      await newsroom.save(server, storyId, Buffer.from(state, 'base64'), article);
      return {};
    },
    listNewsroomCopies: async ({ server }) => ({
      stories: (await newsroom.list(server)).map(({ id, article }) => ({
        id,
        headline: article.headline,
        byline: article.byline.contributors.map((c) => c.name).join(', '),
        status: article.status,
        modified: article.modified,
      })),
    }),
    missingMedia: async ({ paths }) => {
      const missing: string[] = [];
      for (const p of paths) {
        const file = await library.mediaFile(p);
        if (
          !(await stat(file)
            .then((st) => st.isFile())
            .catch(() => false))
        )
          missing.push(p);
      }
      return { missing };
    },
    keepNewsroomCopy: async ({ article }) => {
      // A story of its own: a new id, so its history and recovery never mix with the shared one's.
      const created = await library.create(article.headline);
      const own = { ...article, id: created.article.id, created: created.article.created, modified: created.article.modified };
      const saved = await library.save(created.path, own, created.stamp);
      return { path: saved.path, article: own, stamp: saved.stamp };
    },
  };
}

/** A loaded house style as it crosses to the renderer: plain settings, problems, where the file is. */
function houseStyleAnswer({ config, problems, found }: LoadedHouseStyle) {
  return { config: { ...config }, problems, file: HOUSE_STYLE_FILE, found };
}

/**
 * One call as a transport receives it: the method name and raw argument from outside. The
 * argument is validated against the contract before the service sees it, and the result
 * against the contract before it leaves. Any failure comes back as a HostError.
 */
export async function dispatchHostCall(api: HostApi, method: string, rawInput: unknown): Promise<unknown> {
  if (!isHostMethod(method)) throw new HostError('invalid-argument', `Unknown host call "${method}".`);
  const input = parseHostInput(method, rawInput);
  try {
    const output = await (api[method] as (i: unknown) => Promise<unknown>)(input);
    return parseHostOutput(method as HostMethod, output);
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError('internal', `Something went wrong in ${method}: ${(e as Error).message}`);
  }
}

/** The operating system's name for the person using Copydesk, if it has one. */
function systemUserName(): string | undefined {
  try {
    const name = os.userInfo().username.trim();
    return name ? name.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}
