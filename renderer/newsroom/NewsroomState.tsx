import { useState, useSyncExternalStore } from 'react';
import { compareArticles } from '../../shared/compare';
import { ComparisonView } from '../history/ComparisonView';
import { ModalDialog } from '../checks/ModalDialog';
import { initials } from './NewsroomList';
import type { MergeNotice, NewsroomLink, SharedStory } from './shared-story';

const LINK_LABELS: Record<NewsroomLink, string> = {
  connecting: 'Connecting to the newsroom…',
  online: 'Live',
  offline: 'Offline — changes kept on this computer',
  refused: 'The newsroom refused this story',
};

/** Beside the save status: whether the shared story reaches the newsroom, who else is in it, and Read only for a viewer. */
export function NewsroomState({ story }: { story: SharedStory }) {
  const { link, present, readOnly } = useSyncExternalStore(story.subscribe, story.getSnapshot);
  return (
    <span className="newsroom-state">
      {readOnly && <span className="read-only-label">Read only</span>}
      <span role="status" aria-label="Newsroom connection" className={`newsroom-link link-${link}`}>
        {LINK_LABELS[link]}
      </span>
      {present.length > 0 && (
        <span className="newsroom-present" role="group" aria-label="In this story now">
          {present.map((p) => (
            <span key={p.name} className="presence-dot" style={{ background: p.color }} title={p.name} aria-hidden="true">
              {initials(p.name)}
            </span>
          ))}
          <span className="newsroom-present-names">{present.map((p) => p.name).join(', ')}</span>
        </span>
      )}
    </span>
  );
}

/**
 * After a sync brought in other people's changes made while this person was away: who changed
 * what, the paragraphs both sides changed (to read again), and a comparison of before and after.
 */
export function MergeNoticeBanner({ story }: { story: SharedStory }) {
  const { merge } = useSyncExternalStore(story.subscribe, story.getSnapshot);
  const [comparing, setComparing] = useState<MergeNotice | null>(null);
  if (!merge && !comparing) return null;
  return (
    <>
      {merge && (
        <div className="banner banner-warning merge-notice" role="alert" aria-label="Changes from the newsroom">
          <span>
            {merge.sentence}
            {merge.report.both.length > 0 && (
              <>
                {' '}
                <strong>
                  {merge.report.both.length === 1 ? '1 paragraph was' : `${merge.report.both.length} paragraphs were`} changed by you and someone else: read{' '}
                  {merge.report.both.length === 1 ? 'it' : 'them'} again.
                </strong>
              </>
            )}
          </span>
          {merge.report.both.length > 0 && (
            <span className="merge-both">
              Read again:{' '}
              {merge.report.both.map((i) => (
                <span key={i} className="merge-paragraph">
                  ¶{i + 1} “{firstWords(merge.after.body, i)}”
                </span>
              ))}
            </span>
          )}
          <button type="button" onClick={() => setComparing(merge)}>
            Compare
          </button>
          <button type="button" aria-label="Dismiss changes from the newsroom" onClick={() => story.dismissMerge()}>
            ×
          </button>
        </div>
      )}
      {comparing && (
        <ModalDialog title="Changes from the newsroom" className="merge-compare" onClose={() => setComparing(null)}>
          <ComparisonView
            comparison={compareArticles(comparing.before, comparing.after)}
            olderLabel="Yours, before the newsroom’s changes"
            newerLabel="Merged, as it is now"
          />
          <div className="dialog-actions">
            <button type="button" onClick={() => setComparing(null)}>
              Close
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}

/** The first words of top-level block `index` of a body, to name a paragraph in a sentence. */
function firstWords(body: { content?: unknown[] }, index: number): string {
  const texts: string[] = [];
  const walk = (node: { text?: string; content?: unknown[] }) => {
    if (typeof node.text === 'string') texts.push(node.text);
    for (const c of node.content ?? []) walk(c as typeof node);
  };
  const block = body.content?.[index];
  if (block) walk(block as { content?: unknown[] });
  const words = texts.join('').trim().split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
}
