import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { bylineLines, countDocWords, countWords, formatDateline } from '../shared/article';
import { pendingChanges } from '../shared/changes/article';
import { type FieldFocus, PlainField } from './article/ArticleFields';
import { EditorStore } from './article/editor-store';
import { PauseTimer } from './article/pause-timer';
import { LinkDialog } from './article/LinkDialog';
import { useArticleSession } from './article/useArticleSession';
import { WordTally } from './article/WordCount';
import { datelineLead, setDatelineLead } from './byline/dateline-lead';
import { StoryCredits } from './byline/StoryCredits';
import { ignoreFor, type CheckField } from '../shared/checks';
import { CheckCard, type CheckActions, type CheckCardHandle } from './checks/CheckCard';
import { ChecksPanel } from './checks/ChecksPanel';
import { type ChecksOptions, checksPlugin, recheck } from './checks/checks-plugin';
import { HouseStyleDialog } from './checks/HouseStyleDialog';
import { HouseStyleStore, useHouseStyle } from './checks/house-style-store';
import { useReadyGate } from './checks/ReadyGate';
import { DeskBar } from './desk/DeskBar';
import { useLibraryColumn } from './desk/library-column';
import { afterShown } from './desk/after-shown';
import { SidePanelDock } from './desk/SidePanelDock';
import { useSidePanel } from './desk/side-panel';
import { useFrameLayout, useWindowLayout } from './desk/window-layout';
import { ArticleEditor } from './editor/ArticleEditor';
import { linkRange, updateLink } from './editor/commands';
import { holdTypedKeys } from './article/type-ahead';
import { pasteCleanup } from './editor/paste-cleanup';
import { setStickyTop } from './editor/sticky-top';
import { DocumentFileInput, ImportButton, useDocumentDrop, useDocumentImport } from './export/ImportButton';
import { HistoryPanel } from './history/HistoryPanel';
import { libraryRevisions } from './history/revision-source';
import { errorMessage, getHost } from './host';
import { LibraryPanel } from './library/LibraryPanel';
import { useLibrary } from './library/useLibrary';
import { usePhotoTools } from './photos/usePhotoTools';
import { ReviewQuotes } from './quotes/ReviewQuotes';
import { SourcesPanel } from './quotes/SourcesPanel';
import { useQuoteAttribution } from './quotes/useQuoteAttribution';
import { ConflictPanel } from './recovery/ConflictPanel';
import { RecoveryDialog } from './recovery/RecoveryDialog';
import { shell } from './shell';
import { useChangeStyles } from './changes/author-styles';
import { NoteDialog, PersonDialog } from './changes/ChangeDialogs';
import { ChangesPanel } from './changes/ChangesPanel';
import { SuggestionCard } from './changes/SuggestionCard';
import { NoteMargin } from './changes/NoteMargin';
import { deskChangesOnQuote } from './changes/quote-changes';
import { TextSelection } from 'prosemirror-state';
import { FieldSuggestionNote } from './changes/FieldSuggestionNote';
import { Identity } from './changes/identity';
import { changesShortcut, MODE_SHORTCUT } from './changes/shortcuts';
import { suggestionAnchors } from './changes/suggesting';
import { useDeskChanges } from './changes/useDeskChanges';
import { fieldSuggestions, noteAnchors, suggestionIds } from '../shared/changes';
import { keymap } from 'prosemirror-keymap';
import { useLibraryChanges } from './watch/useLibraryChanges';
import { isRemote } from './newsroom/collab-plugins';
import { NewsroomError } from './newsroom/client';
import { ConnectDialog } from './newsroom/ConnectDialog';
import { NewsroomList } from './newsroom/NewsroomList';
import { fetchMissingPhotos } from './newsroom/photos';
import { MergeNoticeBanner, NewsroomState } from './newsroom/NewsroomState';
import { newsroomRevisions } from './newsroom/revisions';
import { SharedStory, sharedStoryPath, useSharedSnapshot } from './newsroom/shared-story';
import { type NewsroomListItem, useNewsroom } from './newsroom/useNewsroom';
import type { Transaction } from 'prosemirror-state';

/**
 * The checks run as you type unless this computer turned them off (`copydesk.checksAsYouType` =
 * `off` in local storage; the bench measures typing both ways, docs/performance.md). The Ready
 * gate checks either way.
 */
const CHECKS_AS_YOU_TYPE = (() => {
  try {
    return localStorage.getItem('copydesk.checksAsYouType') !== 'off';
  } catch {
    return true;
  }
})();

/** One paste-cleaning plugin for every editor (it keeps no state). */
const PASTE_CLEANUP = pasteCleanup();

export function App() {
  const host = getHost();
  const library = useLibrary(host);
  const { refresh: refreshList, refreshTrash } = library;
  const [notice, setNotice] = useState<string | null>(null);
  const [tally] = useState(() => new WordTally());
  const [linkOpen, setLinkOpen] = useState<string | null>(null);
  const store = useRef(new EditorStore()).current;
  // The library's house style, for the checks (underlines, panel, Ready gate, House style dialog).
  const [houseStyle] = useState(() => new HouseStyleStore(host));
  const style = useHouseStyle(houseStyle);
  const checkCard = useRef<CheckCardHandle | null>(null);
  const [houseStyleOpen, setHouseStyleOpen] = useState(false);

  const headline = useRef<FieldFocus>(null);
  const standfirst = useRef<FieldFocus>(null);

  const article = useArticleSession(library.saved);
  const { session, saveState } = article;
  // Who is editing, and the desk's changes to the open story (suggestions and notes).
  const [identity] = useState(() => new Identity());
  const desk = useDeskChanges(article, identity);
  useChangeStyles(desk.changes);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [noteFor, setNoteFor] = useState<string | null>(null);
  const deskRef = useRef(desk);
  deskRef.current = desk;
  useEffect(() => {
    host
      .getLibraryInfo({})
      .then((info) => {
        identity.suggested = info.userName ?? '';
      })
      .catch(() => undefined);
  }, [host, identity]);
  useLayoutEffect(() => {
    document.body.classList.toggle('suggesting', desk.mode === 'suggesting');
  }, [desk.mode]);
  // Ready over open error checks asks first (checks/ReadyGate.tsx); focus comes back to Status.
  const statusRef = useRef<HTMLSelectElement>(null);
  const readyGate = useReadyGate({ article, houseStyle, statusRef });
  const quotes = useQuoteAttribution(article, session ? `${session.path}#${session.revision}` : null);
  const frame = shell();
  const open = !!session?.fields;
  // What gives way as the window narrows (desk/window-layout.ts): the library, then the side panel.
  const libraryBeside = useWindowLayout('libraryBeside');
  const panelBeside = useWindowLayout('panelBeside');
  const barPinned = useWindowLayout('barPinned');
  const libraryNav = useCallback(() => frame.library.firstElementChild as HTMLElement | null, [frame]);
  const libraryColumn = useLibraryColumn({ beside: libraryBeside, storyOpen: open, library: libraryNav });
  useFrameLayout({ library: libraryColumn.mode, side: panelBeside ? 'beside' : 'over', bar: barPinned ? 'pinned' : 'static' });
  const { panel, toggle: togglePanel, close: closePanel } = useSidePanel(panelBeside);
  // Stable, so the Sources panel (hundreds of quotes in a long story) is not re-rendered with the app.
  // A drawer over the story steps aside for the quote it was asked for.
  const { reveal } = quotes;
  const jumpToQuote = useCallback(
    (id: string) => {
      if (!panelBeside) closePanel('sources');
      reveal(id, { focus: true });
    },
    [reveal, panelBeside, closePanel],
  );
  const closeSources = useCallback(() => closePanel('sources'), [closePanel]);
  // Review quotes says when the desk has a pending suggestion or an open note on a quote's words.
  const quoteDeskChanges = (quoteId: string) => deskChangesOnQuote(article.view.current, desk.changes.notes, quoteId);

  const report = useCallback((e: unknown) => setNotice(errorMessage(e)), []);

  // Import (button or drop): each file becomes a new article; the last one opens.
  const documents = useDocumentImport(
    host,
    useCallback(
      async (path: string) => {
        await article.save();
        await refreshList();
        await article.open(path);
      },
      [article.save, article.open, refreshList],
    ),
    setNotice,
  );
  useDocumentDrop(documents);
  const photos = usePhotoTools(article.view, setNotice);
  const photoOptions = useMemo(() => ({ ...photos.options, commitOnLeave: () => deskRef.current.mode === 'suggesting' }), [photos.options]);
  // Editing ⇄ Suggesting (the bar's switch, Ctrl+Shift+E) and Add note (Ctrl+Alt+M).
  const toggleMode = () => {
    const d = deskRef.current;
    d.setMode(d.mode === 'suggesting' ? 'editing' : 'suggesting');
  };
  const startNote = () => {
    deskRef.current.withName(() => {
      const v = article.view.current;
      const { from, to } = v?.state.selection ?? { from: 0, to: 0 };
      // A note is on words: a photo or an empty selection has none to hold it.
      const words = v ? v.state.doc.textBetween(from, to, ' ', ' ').trim() : '';
      if (!words) {
        setNotice('Select the words the note is about, then Add note.');
        return;
      }
      setNoteFor(words);
    });
  };
  useEffect(() => {
    // Outside the story (the fields, the panels): the same keys. The story handles its own.
    const onKey = (e: KeyboardEvent) => {
      const which = changesShortcut(e);
      if (!which || !article.getSession()) return;
      e.preventDefault();
      if (which === 'mode') toggleMode();
      else startNote();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  // The checks read the story's fields and the house style as they are when they run.
  const checksOptions = useMemo<ChecksOptions>(
    () => ({ story: () => article.getSession()?.fields ?? null, style: () => houseStyle.get().style }),
    [article.getSession, houseStyle],
  );
  // One set of feature plugins per editor (the editor is recreated per article and revision);
  // toggleMode and startNote read the latest state through refs.
  // biome-ignore lint/correctness/useExhaustiveDependencies: one set per editor
  const editorPlugins = useMemo(
    () => [
      keymap({
        [MODE_SHORTCUT.key]: () => {
          toggleMode();
          return true;
        },
        'Mod-Alt-m': () => {
          startNote();
          return true;
        },
        // Next and previous suggestion or note.
        'Mod-Alt-.': () => deskRef.current.step(1),
        'Mod-Alt-,': () => deskRef.current.step(-1),
      }),
      suggestionAnchors(),
      datelineLead(formatDateline(session?.fields.dateline)),
      ...photos.plugins(),
      ...(CHECKS_AS_YOU_TYPE ? [checksPlugin(checksOptions)] : []),
    ],
    [session?.path, session?.revision, photos, checksOptions],
  );
  // A field edited, a match ignored, a rule switched: the checks run again after a pause.
  const checksTimer = useRef<number | undefined>(undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the fields and style are what the checks read
  useEffect(() => {
    window.clearTimeout(checksTimer.current);
    checksTimer.current = window.setTimeout(() => {
      const v = article.view.current;
      if (v) recheck(v, checksOptions);
    }, 250);
    return () => window.clearTimeout(checksTimer.current);
  }, [
    session?.fields.headline,
    session?.fields.standfirst,
    session?.fields.byline,
    session?.fields.dateline,
    session?.fields.checks,
    style.style,
    checksOptions,
  ]);
  const checkActions = useMemo<CheckActions>(
    () => ({
      ignore: (check) => {
        const current = article.getSession()?.fields.checks;
        article.editFields({ checks: { ignored: [...(current?.ignored ?? []), ignoreFor(check.match, check.source)], overrides: current?.overrides ?? [] } });
      },
      turnOff: (ruleId) => void houseStyle.setRule(ruleId, false).catch(report),
      rule: (ruleId) => houseStyle.get().style.rules.find((r) => r.id === ruleId),
    }),
    [article.getSession, article.editFields, houseStyle, report],
  );
  const checkView = useCallback(() => article.view.current, [article.view]);
  const goToField = useCallback((field: CheckField, from: number, to: number) => {
    if (field === 'headline') return headline.current?.select(from, to);
    if (field === 'standfirst') return standfirst.current?.select(from, to);
    // The byline and dateline are edited in the credits, a row per person.
    const credits = document.querySelector<HTMLElement>('.story-credits');
    credits?.scrollIntoView({ block: 'center' });
    credits?.querySelector<HTMLElement>(field === 'dateline' ? '#dateline-input' : 'input')?.focus();
  }, []);
  const closeChecks = useCallback(() => closePanel('checks'), [closePanel]);
  const openHouseStyle = useCallback(() => setHouseStyleOpen(true), []);
  useEffect(() => {
    if (article.view.current) setDatelineLead(article.view.current, formatDateline(session?.fields.dateline));
  }, [session?.path, session?.revision, session?.fields.dateline]);

  const { closeDrawer: closeLibraryDrawer } = libraryColumn;

  // The newsroom (renderer/newsroom): connection, the Newsroom list, and the shared story open now.
  const newsroom = useNewsroom(host);
  const [connectOpen, setConnectOpen] = useState(false);
  // Shared stories by session path: registered before the session shows one, so its editor is
  // created with the Yjs plugins from the start.
  const sharedStories = useRef(new Map<string, SharedStory>()).current;
  const sharedOpening = useRef(new Set<string>()).current;
  // Shared stories opened in this session, so kept on this computer (by server and id).
  const keptHere = useRef(new Set<string>()).current;
  // Shared stories being left: their copy is on its way to this computer (opening one again waits for it).
  const leaving = useRef(new Map<string, Promise<void>>()).current;
  const sharedNow = (session && sharedStories.get(session.path)) || null;
  const sharedState = useSharedSnapshot(sharedNow);
  // (Also while a shared story is shown before its sync arrived: see SharedStory's `loaded`.)
  const readOnly = !!sharedState && (sharedState.readOnly || !sharedState.loaded);
  // Another story took the window: the shared one is written to this computer and let go.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the open story changes
  useEffect(() => {
    for (const [path, story] of sharedStories) {
      if (path === session?.path || sharedOpening.has(path)) continue;
      sharedStories.delete(path);
      const left = story.close().finally(() => {
        if (leaving.get(path) === left) leaving.delete(path);
      });
      leaving.set(path, left);
    }
  }, [session?.path]);
  const openShared = useCallback(
    async (item: Pick<NewsroomListItem, 'id' | 'canEdit'>) => {
      const { address, token, me, client } = newsroom;
      if (!address || !token) return;
      setNotice(null);
      closeLibraryDrawer();
      const path = sharedStoryPath(address.key, item.id);
      if (article.getSession()?.path === path) return;
      try {
        // Left a moment ago: its copy is written before it is looked for, so it opens from here.
        await leaving.get(path);
        const { story, article: shown } = await SharedStory.open({
          host,
          address,
          token,
          storyId: item.id,
          me: { name: me?.name ?? (identity.get()?.name || 'Me') },
          readOnly: !item.canEdit || me?.role === 'viewer',
          keptHere: keptHere.has(path),
          ...(client ? { preview: (signal: AbortSignal) => client.requestArticle(item.id, signal), newsroomState: () => client.readState(item.id) } : {}),
        });
        keptHere.add(story.path);
        story.onRemoteFields = (patch) => article.remoteFields(story.path, patch);
        // Photos shared from another computer are brought into this library behind the story (each
        // photo view draws its image when it arrives): the words never wait for the pictures.
        if (client) void fetchMissingPhotos(shown, client, host).catch(() => undefined);
        sharedStories.get(story.path)?.destroy();
        sharedStories.set(story.path, story);
        sharedOpening.add(story.path);
        try {
          await article.openShared(story.path, shown, {
            writeFields: (patch) => story.writeFields(patch),
            save: async (manual) => {
              await story.flush();
              // Save on a shared story also keeps a revision on the newsroom (when it can be reached),
              // of the story as it is on this screen: once the newsroom has the last keys typed here.
              if (manual && !story.getSnapshot().readOnly && client) {
                await story.sent();
                await client.saveRevision(item.id).catch(() => undefined);
              }
            },
          });
        } catch (e) {
          sharedStories.delete(story.path);
          story.destroy();
          throw e;
        } finally {
          sharedOpening.delete(story.path);
        }
      } catch (e) {
        report(e);
      }
    },
    [
      newsroom,
      sharedStories,
      sharedOpening,
      keptHere,
      leaving,
      host,
      identity,
      article.getSession,
      article.openShared,
      article.remoteFields,
      report,
      closeLibraryDrawer,
    ],
  );
  const shareCurrent = async () => {
    try {
      await article.save();
      const now = article.snapshot();
      if (!now) return;
      const story = await newsroom.share(now);
      await openShared(story);
      setNotice(`“${story.headline || 'Untitled'}” is shared: it is in the Newsroom list, and the desk can open it now. The copy in Articles stays as it was.`);
    } catch (e) {
      // Shared before (the newsroom names a shared story by its article's id): that one opens.
      const shared = e instanceof NewsroomError && e.code === 'exists' ? newsroom.stories.find((s) => s.id === article.getSession()?.fields.id) : undefined;
      if (shared) {
        await openShared(shared);
        setNotice(`“${shared.headline || 'Untitled'}” was shared before: this is the newsroom’s copy, as everyone is writing it.`);
      } else report(e);
    }
  };
  const keepCopy = async () => {
    try {
      const now = article.snapshot();
      if (!now) return;
      await host.keepNewsroomCopy({ article: now });
      await refreshList();
      setNotice(`A copy of “${now.headline || 'Untitled'}” is on this computer, in Articles. Changes to it stay on this computer.`);
    } catch (e) {
      report(e);
    }
  };
  // One set of Yjs plugins per editor (the editor is recreated per story and revision).
  // biome-ignore lint/correctness/useExhaustiveDependencies: one set per editor
  const collab = useMemo(() => sharedNow?.collab(), [sharedNow, session?.revision]);
  // History lists a shared story's revisions as the newsroom keeps them, a local story's as the library does.
  const historyArticleId = session?.fields.id;
  const revisionSource = useMemo(
    () =>
      sharedNow && newsroom.client
        ? newsroomRevisions(newsroom.client, sharedNow.options.storyId)
        : historyArticleId
          ? libraryRevisions(historyArticleId)
          : null,
    [sharedNow, newsroom.client, historyArticleId],
  );
  // Whichever way another story opens (picked, new, restored, duplicated, imported), the library drawer has done its job.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the open story changes
  useEffect(() => closeLibraryDrawer(), [session?.path, closeLibraryDrawer]);
  const openArticle = useCallback(
    (path: string) => {
      setNotice(null);
      closeLibraryDrawer();
      article.open(path).catch(report);
    },
    [article.open, report, closeLibraryDrawer],
  );

  useEffect(() => {
    houseStyle.load().catch(report);
  }, [houseStyle, report]);

  useEffect(() => {
    Promise.all([refreshList(), host.listRecoveries({})])
      .then(([list, { recoveries }]) => {
        // After a crash, the story with unsaved changes opens first, with its recovery prompt.
        const recovered = recoveries.find((r) => list.some((a) => a.path === r.path && !a.problem));
        const first = recovered ?? list.find((a) => !a.problem);
        if (first) return article.open(first.path);
      })
      .catch(report);
  }, []);

  // Stories changed on disk by other programs: the list follows, and the open story reloads or asks.
  useLibraryChanges((changes) => {
    refreshList().catch(report);
    for (const change of changes) article.onDiskChange(change).catch(report);
  });

  // The story scrolls with the window (Chromium's cheapest scroller), under the pinned desk bar;
  // on a window too short to pin it, the bar scrolls away with the story and covers nothing.
  const headRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const follow = new ResizeObserver(() => setStickyTop(barPinned ? head.getBoundingClientRect().height : 0));
    follow.observe(head);
    return () => follow.disconnect();
  }, [barPinned]);

  // Pending suggestions and open notes, for the Changes badge: counted in the same pause as the words.
  const [pendingCount, setPendingCount] = useState(0);
  // Recounted in a pause of 150 ms: one timer per pause, moved by each keystroke (pause-timer.ts).
  const [words] = useState(
    () =>
      new PauseTimer(() => {
        const s = article.getSession();
        const v = article.view.current;
        if (!s) return;
        tally.set(countWords(s.fields.headline) + countWords(s.fields.standfirst) + (v ? countDocWords(v.state.doc) : 0));
        const c = s.fields.changes;
        setPendingCount(c ? (v ? suggestionIds(v.state.doc).size : 0) + fieldSuggestions(c).length + c.notes.filter((n) => !n.resolved).length : 0);
      }),
  );
  useEffect(() => () => words.cancel(), [words]);
  const recount = useCallback(() => words.after(150), [words]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the count follows the story's changes
  useEffect(recount, [session?.path, session?.revision, session?.fields.changes]);

  // One new story per press. A reporter who starts typing the headline before the new story is
  // open keeps those keys: they are held (never pressing the button again) and typed into the
  // headline once it has the focus.
  const creating = useRef(false);
  const newArticle = async () => {
    if (creating.current) return;
    creating.current = true;
    const typedAhead = holdTypedKeys();
    try {
      await article.save();
      const created = await host.createArticle({});
      await refreshList();
      await article.open(created.path);
      const typed = typedAhead.release().trimStart();
      // Another story opened meanwhile (a click in the list) keeps its headline.
      if (typed && article.getSession()?.path === created.path) article.editFields({ headline: typed });
      headline.current?.focus();
    } catch (e) {
      typedAhead.release();
      report(e);
    } finally {
      creating.current = false;
    }
  };

  const moveToTrash = async () => {
    if (!session) return;
    if (article.isShared()) {
      setNotice('A shared story stays in the newsroom for everyone working on it: ask the desk to remove it there.');
      return;
    }
    try {
      await article.save();
      await host.trashArticle({ path: session.path });
      article.close();
      const list = await refreshList();
      await refreshTrash();
      const next = list.find((a) => !a.problem);
      if (next) await article.open(next.path);
    } catch (e) {
      report(e);
    }
  };

  const duplicate = async () => {
    if (!session) return;
    // A shared story's duplicate is a story of this computer's own.
    if (article.isShared()) return keepCopy();
    try {
      await article.save();
      const copy = await host.duplicateArticle({ path: session.path });
      await refreshList();
      await article.open(copy.path);
    } catch (e) {
      report(e);
    }
  };

  const restore = async (trashPath: string) => {
    try {
      const { path } = await host.restoreArticle({ trashPath });
      await refreshTrash();
      await refreshList();
      await article.open(path);
    } catch (e) {
      report(e);
    }
  };

  const onTransaction = useCallback(
    (view: EditorView, tr: Transaction) => {
      store.set(view);
      if (tr.docChanged) {
        // Someone else's words in a shared story are theirs to save; the copy here follows by itself.
        if (!isRemote(tr)) article.markEdited();
        recount();
      }
    },
    [article.markEdited, recount, store],
  );

  const openLinkDialog = useCallback(() => {
    const view = article.view.current;
    if (!view) return;
    setLinkOpen(linkRange(view.state)?.href ?? '');
  }, [article.view]);

  const applyLink = (href: string) => {
    const view = article.view.current;
    setLinkOpen(null);
    if (!view) return;
    if (!updateLink(href)(view.state, view.dispatch)) {
      setNotice(href ? 'Select the words to link first. Links must start with http://, https:// or mailto:.' : null);
    }
    view.focus();
  };

  // The window title says whether the story is saved, as desktop editors do. Set once the story
  // is on screen: a new title is a message to the browser's window that held the main thread for
  // 1–9 ms, on the way to a story's first paint or in the first keystroke after a save.
  useEffect(() => {
    const headline = session?.fields.headline || (session ? 'Untitled' : '');
    const title = headline ? `${saveState.kind === 'saved' ? '' : '• '}${headline} — Copydesk` : 'Copydesk';
    if (document.title === title) return;
    return afterShown(() => {
      document.title = title;
    });
  }, [session?.fields.headline, saveState.kind, session]);

  // Electron's File menu (New Article, Save) arrives here.
  const menuActions = useRef({ newArticle, save: () => article.save({ manual: true }).catch(report) });
  menuActions.current = { newArticle, save: () => article.save({ manual: true }).catch(report) };
  useEffect(() => {
    window.copydeskMenu?.onCommand((command) => {
      if (command === 'new-article') void menuActions.current.newArticle();
      else if (command === 'save') void menuActions.current.save();
    });
  }, []);

  const fields = session?.fields;
  // In Suggesting mode a field shows the value suggested for it (the story keeps its own until accepted).
  const suggestingValue = (field: 'headline' | 'standfirst') =>
    desk.mode === 'suggesting' ? (desk.pendingField(field)?.value as string | undefined) : undefined;
  const byline = fields ? bylineLines(fields.byline.contributors) : [];
  const bylineBlock = byline.length > 0 && (
    <section className={`byline byline-${fields!.byline.position}`} aria-label="Byline">
      {byline.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </section>
  );

  // The page and its panels show only with a story open (the frame is static HTML).
  useLayoutEffect(() => {
    frame.body.hidden = !open;
  }, [frame, open]);

  return (
    <>
      <DocumentFileInput importer={documents} />
      {houseStyleOpen && <HouseStyleDialog houseStyle={houseStyle} onClose={() => setHouseStyleOpen(false)} />}
      {(desk.asking || settingsOpen) && (
        <PersonDialog
          firstUse={desk.asking}
          initial={identity.get()?.name ?? identity.suggested}
          onDone={(name) => {
            if (settingsOpen) {
              setSettingsOpen(false);
              if (name) identity.set(name);
            } else desk.answer(name);
          }}
        />
      )}
      {connectOpen && (
        <ConnectDialog
          initialAddress={newsroom.address?.ws ?? ''}
          connected={!!newsroom.address}
          onConnect={newsroom.connect}
          onDisconnect={newsroom.disconnect}
          onClose={() => setConnectOpen(false)}
        />
      )}
      {noteFor !== null && (
        <NoteDialog
          excerpt={noteFor}
          onClose={() => setNoteFor(null)}
          onPost={(kind, text) => {
            setNoteFor(null);
            if (!desk.addNote(kind, text)) setNotice('The note could not be added: select the words it is about first.');
          }}
        />
      )}
      {createPortal(
        <LibraryPanel
          articles={library.articles}
          trash={library.trash}
          currentPath={session?.path ?? null}
          onOpen={openArticle}
          onNew={newArticle}
          onRestore={restore}
          onShowTrash={() => void refreshTrash().catch(report)}
          onSettings={() => setSettingsOpen(true)}
          onNewsroom={() => setConnectOpen(true)}
          newsroomLabel={newsroom.address ? `Newsroom: ${newsroom.me?.name ?? newsroom.address.ws}` : undefined}
          newsroom={
            newsroom.address ? (
              <>
                <NewsroomList
                  stories={newsroom.stories}
                  reachable={newsroom.reachable}
                  currentId={sharedNow?.options.storyId ?? null}
                  onOpen={(item) => void openShared(item)}
                />
                {session && (
                  <div className="newsroom-actions">
                    {sharedNow ? (
                      <button type="button" onClick={() => void keepCopy()}>
                        Keep a copy on this computer
                      </button>
                    ) : (
                      newsroom.reachable &&
                      newsroom.me?.role !== 'viewer' && (
                        <button type="button" onClick={() => void shareCurrent()}>
                          Share to newsroom
                        </button>
                      )
                    )}
                  </div>
                )}
              </>
            ) : undefined
          }
        />,
        frame.library,
      )}
      {createPortal(
        <div className="workspace-head" ref={headRef}>
          {notice && (
            <div className="notice" role="alert">
              <span>{notice}</span>
              <button type="button" aria-label="Dismiss message" onClick={() => setNotice(null)}>
                ×
              </button>
            </div>
          )}
          {session && fields && (
            <>
              <DeskBar
                library={{ shown: libraryColumn.mode !== 'closed', onToggle: libraryColumn.toggle, buttonRef: libraryColumn.buttonRef }}
                store={store}
                onLink={openLinkDialog}
                photos={photos.inserter}
                status={fields.status}
                onStatus={readyGate.onStatus}
                statusRef={statusRef}
                tally={tally}
                saveState={saveState}
                onSave={() => article.save({ manual: true }).catch(report)}
                panel={panel}
                onTogglePanel={togglePanel}
                host={host}
                path={session.path}
                importer={documents}
                beforeExport={() => (sharedNow ? sharedNow.flush() : article.save())}
                pendingChanges={() => {
                  const now = article.snapshot();
                  return now ? pendingChanges(now) : { suggestions: 0, notes: 0 };
                }}
                onDuplicate={duplicate}
                onMoveToTrash={moveToTrash}
                onError={report}
                changes={{ mode: desk.mode, forced: desk.forced, onMode: desk.setMode, onAddNote: startNote, pending: pendingCount }}
                shared={sharedNow ? { state: <NewsroomState story={sharedNow} />, readOnly } : undefined}
              />
              {sharedNow && <MergeNoticeBanner story={sharedNow} />}
              {readyGate.dialog}
              {saveState.kind === 'failed' && (
                <div className="banner banner-error" role="alert">
                  {saveState.message}
                  {saveState.retryAt ? ' Copydesk keeps trying by itself.' : ''}{' '}
                  <button type="button" onClick={() => article.save({ manual: true }).catch(report)}>
                    Try again
                  </button>
                </div>
              )}
              {saveState.kind === 'conflict' && (
                <ConflictPanel
                  message={saveState.message}
                  mine={article.snapshot()}
                  disk={saveState.disk}
                  onKeepMine={() => article.save({ overwrite: true }).catch(report)}
                  onUseDisk={() => article.reloadFromDisk().catch(report)}
                />
              )}
              {article.recovery && (
                <RecoveryDialog
                  pending={article.recovery}
                  onRestore={() => article.resolveRecovery('restore').catch(report)}
                  onKeepSaved={() => article.resolveRecovery('keep-saved').catch(report)}
                />
              )}
              {linkOpen !== null && <LinkDialog initial={linkOpen} onApply={applyLink} onClose={() => setLinkOpen(null)} />}
            </>
          )}
        </div>,
        frame.head,
      )}
      {!open &&
        createPortal(
          <div className="empty-workspace">
            <p>Pick a story from the library, or start a new one.</p>
            <ImportButton importer={documents} />
          </div>,
          frame.empty,
        )}
      {session && fields && (
        <>
          {createPortal(
            <>
              <PlainField
                ref={headline}
                label="Headline"
                className="headline"
                placeholder="Headline"
                readOnly={readOnly}
                value={suggestingValue('headline') ?? fields.headline}
                onChange={(headline) => {
                  if (desk.mode === 'suggesting') desk.withName(() => desk.suggestField('headline', headline, fields.headline));
                  else article.editFields({ headline });
                  recount();
                }}
                onEnter={() => standfirst.current?.focus()}
              />
              <FieldSuggestionNote field="headline" desk={desk} current={fields.headline} />
              <PlainField
                ref={standfirst}
                label="Standfirst"
                className="standfirst"
                placeholder="Standfirst: the story in a sentence (optional)"
                readOnly={readOnly}
                value={suggestingValue('standfirst') ?? fields.standfirst}
                onChange={(standfirst) => {
                  if (desk.mode === 'suggesting') desk.withName(() => desk.suggestField('standfirst', standfirst, fields.standfirst));
                  else article.editFields({ standfirst });
                  recount();
                }}
                onEnter={() => article.view.current?.focus()}
              />
              <FieldSuggestionNote field="standfirst" desk={desk} current={fields.standfirst} />
              <div className="credits-frame" inert={readOnly || undefined}>
                <StoryCredits
                  article={article}
                  onError={report}
                  onArticlesChanged={() => void refreshList().catch(report)}
                  suggest={
                    desk.mode === 'suggesting'
                      ? {
                          byline: (desk.pendingField('byline')?.value as typeof fields.byline | undefined) ?? fields.byline,
                          dateline: desk.pendingField('dateline') ? (desk.pendingField('dateline')!.value as typeof fields.dateline) : fields.dateline,
                          onByline: (next) => desk.withName(() => desk.suggestField('byline', next, fields.byline)),
                          onDateline: (next) => desk.withName(() => desk.suggestField('dateline', next, fields.dateline)),
                        }
                      : undefined
                  }
                  after={
                    <>
                      <FieldSuggestionNote field="byline" desk={desk} current={fields.byline} />
                      <FieldSuggestionNote field="dateline" desk={desk} current={fields.dateline} />
                    </>
                  }
                />
              </div>
              {fields.byline.position === 'top' && bylineBlock}
            </>,
            frame.pageTop,
          )}
          <ArticleEditor
            key={`${session.path}#${session.revision}`}
            mount={frame.editor}
            body={session.openedBody}
            onReady={(view) => {
              article.editorReady(view);
              store.set(view);
            }}
            onTransaction={onTransaction}
            onSave={() => void article.save({ manual: true })}
            onLink={openLinkDialog}
            photo={photoOptions}
            plugins={[...editorPlugins, ...quotes.plugins, PASTE_CLEANUP]}
            transform={desk.transform}
            collab={collab}
          />
          {fields.byline.position === 'foot' && createPortal(bylineBlock, frame.pageFoot)}
          <CheckCard view={checkView} actions={checkActions} handle={checkCard} />
          <SuggestionCard mount={frame.editor} view={checkView} desk={desk} />
          {panel === null && (
            <NoteMargin
              store={store}
              view={checkView}
              desk={desk}
              page={frame.editor.closest<HTMLElement>('.page') ?? frame.editor}
              onOpen={(noteId) => {
                togglePanel('changes');
                const v = article.view.current;
                const a = v && noteAnchors(v.state.doc).get(noteId);
                if (v && a) v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, a.from, a.to)).scrollIntoView());
              }}
            />
          )}
          {createPortal(
            <SidePanelDock panel={panel} beside={panelBeside} onClose={closePanel}>
              {panel === 'history' && revisionSource && (
                <HistoryPanel
                  // Another story's revisions, comparison and paragraphs to restore never carry over.
                  key={fields.id}
                  source={revisionSource}
                  note={
                    sharedNow ? 'The newsroom keeps a revision at every Save, every few minutes while the story is edited, and when it was shared.' : undefined
                  }
                  current={article.snapshot}
                  editor={article.view}
                  changes={store}
                  refreshKey={article.savedCount}
                  onRestore={article.restoreRevision}
                  onClose={() => closePanel('history')}
                />
              )}
              {panel === 'review' && (
                <ReviewQuotes key={session.path} desk={quotes.desk} api={quotes} onClose={() => closePanel('review')} deskChanges={quoteDeskChanges} />
              )}
              {panel === 'sources' && <SourcesPanel desk={quotes.desk} onJump={jumpToQuote} onClose={closeSources} />}
              {panel === 'changes' && <ChangesPanel store={store} view={checkView} desk={desk} onClose={() => closePanel('changes')} />}
              {panel === 'checks' && (
                <ChecksPanel
                  store={store}
                  view={checkView}
                  card={checkCard}
                  onField={goToField}
                  problems={style.problems}
                  onHouseStyle={openHouseStyle}
                  onClose={closeChecks}
                />
              )}
            </SidePanelDock>,
            frame.side,
          )}
        </>
      )}
    </>
  );
}
