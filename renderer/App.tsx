import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { ARTICLE_STATUSES, type ArticleStatus, type ArticleSummary, bylineLines, countDocWords, formatDateline, countWords, STATUS_LABELS } from '../shared/article';
import { ArticleEditor } from './editor/ArticleEditor';
import { setStickyTop } from './editor/sticky-top';
import { linkRange, updateLink } from './editor/commands';
import { PlainField } from './article/ArticleFields';
import { EditorStore } from './article/editor-store';
import { LiveToolbar } from './editor/LiveToolbar';
import { LinkDialog } from './article/LinkDialog';
import { type SaveState, useArticleSession } from './article/useArticleSession';
import { WordCount, WordTally } from './article/WordCount';
import { errorMessage, getHost } from './host';
import { formatModified, LibraryPanel } from './library/LibraryPanel';
import { datelineLead, setDatelineLead } from './byline/dateline-lead';
import { StoryCredits } from './byline/StoryCredits';
import { InsertPhotoButton } from './photos/InsertPhotoButton';
import { PhotoChecks } from './photos/PhotoChecks';
import { usePhotoTools } from './photos/usePhotoTools';
import { HistoryPanel } from './history/HistoryPanel';
import { ConflictPanel } from './recovery/ConflictPanel';
import { RecoveryDialog } from './recovery/RecoveryDialog';
import { useLibraryChanges } from './watch/useLibraryChanges';
import { shell } from './shell';
import { ReviewQuotes } from './quotes/ReviewQuotes';
import { SourcesPanel } from './quotes/SourcesPanel';
import { useQuoteAttribution } from './quotes/useQuoteAttribution';
import { pasteCleanup } from './editor/paste-cleanup';
import { ExportMenu } from './export/ExportMenu';
import { DocumentFileInput, ImportButton, useDocumentDrop, useDocumentImport } from './export/ImportButton';

/** One paste-cleaning plugin for every editor (it keeps no state). */
const PASTE_CLEANUP = pasteCleanup();

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "14:05" today, "Nov 26, 14:05" before: the desk bar has room for little. */
function savedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toDateString() === new Date().toDateString() ? timeOnly.format(d) : formatModified(iso);
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${savedAt(state.at)}` : 'Saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Changed on disk';
  }
}

export function App() {
  const host = getHost();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [trash, setTrash] = useState<ArticleSummary[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [tally] = useState(() => new WordTally());
  const [linkOpen, setLinkOpen] = useState<string | null>(null);
  const store = useRef(new EditorStore()).current;
  const wordTimer = useRef<number | undefined>(undefined);

  const refreshList = useCallback(async () => {
    const { articles } = await host.listArticles({});
    setArticles(articles);
    return articles;
  }, [host]);

  const onSaved = useCallback((summary: ArticleSummary) => {
    setArticles((list) => [summary, ...list.filter((a) => a.path !== summary.path)]);
  }, []);

  const article = useArticleSession(onSaved);
  const { session, saveState } = article;
  const quotes = useQuoteAttribution(article, session ? `${session.path}#${session.revision}` : null);
  const [sourcesOpen, setSourcesOpen] = useState(true);
  // Stable, so the Sources panel (hundreds of quotes in a long story) is not re-rendered with the app.
  const { reveal } = quotes;
  const jumpToQuote = useCallback((id: string) => reveal(id, { focus: true }), [reveal]);
  const closeSources = useCallback(() => setSourcesOpen(false), []);
  const [reviewOpen, setReviewOpen] = useState(false);

  const report = useCallback((e: unknown) => setNotice(errorMessage(e)), []);

  // Import (button or drop): each file becomes a new article; the last one opens.
  const documents = useDocumentImport(
    host,
    useCallback(async (path: string) => {
      await article.save();
      await refreshList();
      await article.open(path);
    }, [article.save, article.open, refreshList]),
    setNotice,
  );
  useDocumentDrop(documents);
  const photos = usePhotoTools(article.view, setNotice);
  // One set of feature plugins per editor (the editor is recreated per article and revision).
  const editorPlugins = useMemo(() => [datelineLead(formatDateline(session?.fields.dateline)), ...photos.plugins()], [session?.path, session?.revision, photos]);
  useEffect(() => {
    if (article.view.current) setDatelineLead(article.view.current, formatDateline(session?.fields.dateline));
  }, [session?.path, session?.revision, session?.fields.dateline]);

  const openArticle = useCallback(
    (path: string) => {
      setNotice(null);
      article.open(path).catch(report);
    },
    [article.open, report],
  );

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
  const [historyOpen, setHistoryOpen] = useState(false);

  // The story scrolls with the window (Chromium's cheapest scroller), under the pinned desk bar.
  const headRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const follow = new ResizeObserver(() => setStickyTop(head.getBoundingClientRect().height));
    follow.observe(head);
    return () => follow.disconnect();
  }, []);

  const recount = useCallback(() => {
    window.clearTimeout(wordTimer.current);
    wordTimer.current = window.setTimeout(() => {
      const s = article.current.current.session;
      const v = article.view.current;
      if (!s) return;
      tally.set(countWords(s.fields.headline) + countWords(s.fields.standfirst) + (v ? countDocWords(v.state.doc) : 0));
    }, 150);
  }, [article, tally]);

  useEffect(recount, [session?.path, session?.revision]);

  // One new story per press: a reporter who starts typing the headline before the new story is
  // open types into the button, and a space there would press it again.
  const creating = useRef(false);
  const newArticle = async () => {
    if (creating.current) return;
    creating.current = true;
    try {
      await article.save();
      const created = await host.createArticle({});
      await refreshList();
      await article.open(created.path);
      document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Headline"]')?.focus();
    } catch (e) {
      report(e);
    } finally {
      creating.current = false;
    }
  };

  const moveToTrash = async () => {
    if (!session) return;
    try {
      await article.save();
      await host.trashArticle({ path: session.path });
      article.close();
      const list = await refreshList();
      setTrash((await host.listTrash({})).articles);
      const next = list.find((a) => !a.problem);
      if (next) await article.open(next.path);
    } catch (e) {
      report(e);
    }
  };

  const duplicate = async () => {
    if (!session) return;
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
      setTrash((await host.listTrash({})).articles);
      await refreshList();
      await article.open(path);
    } catch (e) {
      report(e);
    }
  };

  const onTransaction = useCallback(
    (view: EditorView, tr: { docChanged: boolean }) => {
      store.set(view);
      if (tr.docChanged) {
        article.markEdited();
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

  // The window title says whether the story is saved, as desktop editors do.
  useEffect(() => {
    const headline = session?.fields.headline || (session ? 'Untitled' : '');
    document.title = headline ? `${saveState.kind === 'saved' ? '' : '• '}${headline} — Copydesk` : 'Copydesk';
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
  const byline = fields ? bylineLines(fields.byline.contributors) : [];
  const bylineBlock = byline.length > 0 && (
    <section className={`byline byline-${fields!.byline.position}`} aria-label="Byline">
      {byline.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </section>
  );

  const frame = shell();
  const open = !!(session && fields);
  // The page and its panels show only with a story open (the frame is static HTML).
  useLayoutEffect(() => {
    frame.body.hidden = !open;
  }, [frame, open]);

  return (
    <>
      <DocumentFileInput importer={documents} />
      {createPortal(
        <LibraryPanel
          articles={articles}
          trash={trash}
          currentPath={session?.path ?? null}
          onOpen={openArticle}
          onNew={newArticle}
          onRestore={restore}
          onShowTrash={() => host.listTrash({}).then((t) => setTrash(t.articles), report)}
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
              <header className="desk-bar">
                <LiveToolbar store={store} onLink={openLinkDialog} />
                <InsertPhotoButton inserter={photos.inserter} />
                <div className="desk-actions">
                  <div className="desk-group" role="group" aria-label="Story state">
                    <label className="status-select">
                      <span className="visually-hidden">Status</span>
                      <select aria-label="Status" value={fields.status} onChange={(e) => article.editFields({ status: e.target.value as ArticleStatus })}>
                        {ARTICLE_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </label>
                    <WordCount tally={tally} />
                    <span role="status" className={`save-state save-${saveState.kind}`} title={'message' in saveState ? saveState.message : undefined}>
                      {saveLabel(saveState)}
                    </span>
                    <button type="button" className="primary" onClick={() => article.save({ manual: true }).catch(report)}>
                      Save
                    </button>
                  </div>
                  <div className="desk-group" role="group" aria-label="Panels">
                    {/* One panel beside the story at a time, so the page keeps its width. */}
                    <button
                      type="button"
                      aria-expanded={historyOpen}
                      onClick={() => {
                        setHistoryOpen(!historyOpen);
                        if (!historyOpen) {
                          setSourcesOpen(false);
                          setReviewOpen(false);
                        }
                      }}
                    >
                      History
                    </button>
                    <button
                      type="button"
                      aria-pressed={sourcesOpen && !reviewOpen}
                      onClick={() => {
                        setHistoryOpen(false);
                        if (reviewOpen) {
                          setReviewOpen(false);
                          setSourcesOpen(true);
                        } else setSourcesOpen(!sourcesOpen);
                      }}
                    >
                      Sources
                    </button>
                    <button
                      type="button"
                      aria-pressed={reviewOpen}
                      onClick={() => {
                        setHistoryOpen(false);
                        setReviewOpen(!reviewOpen);
                      }}
                    >
                      Review quotes
                    </button>
                  </div>
                  <div className="desk-group" role="group" aria-label="Story file">
                    <ExportMenu host={host} path={session.path} beforeExport={() => article.save()} onError={report} onDone={() => undefined} />
                    <ImportButton importer={documents} />
                    <button type="button" onClick={duplicate}>
                      Duplicate
                    </button>
                    <button type="button" onClick={moveToTrash}>
                      Move to trash
                    </button>
                  </div>
                </div>
              </header>
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
              <PhotoChecks store={store} view={() => article.view.current} />
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
          {historyOpen &&
            createPortal(
              <HistoryPanel
                articleId={fields.id}
                current={article.snapshot}
                refreshKey={article.savedCount}
                onRestore={article.restoreRevision}
                onClose={() => setHistoryOpen(false)}
              />,
              frame.history,
            )}
          {createPortal(
            <>
              <PlainField
                label="Headline"
                className="headline"
                placeholder="Headline"
                value={fields.headline}
                onChange={(headline) => {
                  article.editFields({ headline });
                  recount();
                }}
                onEnter={() => document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Standfirst"]')?.focus()}
              />
              <PlainField
                label="Standfirst"
                className="standfirst"
                placeholder="Standfirst: the story in a sentence (optional)"
                value={fields.standfirst}
                onChange={(standfirst) => {
                  article.editFields({ standfirst });
                  recount();
                }}
                onEnter={() => article.view.current?.focus()}
              />
              <StoryCredits article={article} onError={report} onArticlesChanged={() => void refreshList().catch(report)} />
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
            photo={photos.options}
            plugins={[...editorPlugins, ...quotes.plugins, PASTE_CLEANUP]}
          />
          {fields.byline.position === 'foot' && createPortal(bylineBlock, frame.pageFoot)}
          {createPortal(
            reviewOpen ? (
              <ReviewQuotes key={session.path} desk={quotes.desk} api={quotes} onClose={() => setReviewOpen(false)} />
            ) : (
              sourcesOpen && <SourcesPanel desk={quotes.desk} onJump={jumpToQuote} onClose={closeSources} />
            ),
            frame.side,
          )}
        </>
      )}
    </>
  );
}
