import { type ReactNode, useState } from 'react';
import { type Byline, bylineLines, type Dateline } from '../../shared/article';
import { renameInContributors } from '../../shared/contributors';
import type { useArticleSession } from '../article/useArticleSession';
import { BylineEditor } from './BylineEditor';
import { ContributorDirectoryDialog } from './ContributorDirectoryDialog';
import { DatelineField } from './DatelineField';
import { useContributorDirectory } from './useContributorDirectory';
import './byline.css';

interface StoryCreditsProps {
  article: ReturnType<typeof useArticleSession>;
  onError(e: unknown): void;
  /** Articles on disk were rewritten (a contributor renamed): the library list should show it. */
  onArticlesChanged(): void;
  /**
   * Suggesting mode: the byline and dateline shown are the suggested ones, and edits become
   * suggestions instead of changing the story.
   */
  suggest?: { byline: Byline; dateline: Dateline | null; onByline(next: Byline): void; onDateline(next: Dateline | null): void };
  /** Shown under the dateline: the byline's and dateline's pending suggestions, old → new. */
  after?: ReactNode;
}

/** The byline editor, the dateline and the contributor directory, above the story. */
export function StoryCredits({ article, onError, onArticlesChanged, suggest, after }: StoryCreditsProps) {
  const directory = useContributorDirectory(onError);
  const [directoryOpen, setDirectoryOpen] = useState(false);
  const session = article.session;
  if (!session) return null;
  const byline = suggest?.byline ?? session.fields.byline;
  const dateline = suggest ? suggest.dateline : session.fields.dateline;
  const printed = bylineLines(byline.contributors);

  const rename = async (from: string, to: string): Promise<number> => {
    // Save first, so the rename builds on what the editor shows and nothing typed is lost.
    await article.save();
    if (article.isDirty()) {
      throw new Error('The open story has changes that could not be saved. Save it (or resolve the conflict) first, then rename.');
    }
    const result = await directory.rename(from, to);
    // The open story was one of those rewritten: take the new byline and the file's new stamp,
    // so the next save is not mistaken for a conflict.
    const open = article.getSession();
    const mine = result.articles.find((a) => a.path === open?.path);
    if (mine && open) {
      article.adoptRewrite(mine.path, mine.stamp);
      const contributors = renameInContributors(open.fields.byline.contributors, from, to);
      if (contributors) article.editFields({ byline: { ...open.fields.byline, contributors } });
    }
    onArticlesChanged();
    return result.articles.length;
  };

  return (
    <section className="story-credits" aria-label="Credits">
      <div className="credits-head">
        <h2>Byline</h2>
        <button type="button" className="link-button" onClick={() => setDirectoryOpen(true)}>
          Contributor directory
        </button>
      </div>
      <BylineEditor
        byline={byline}
        entries={directory.entries}
        onChange={(next) => (suggest ? suggest.onByline(next) : article.editFields({ byline: next }))}
        onCommit={(contributor) => directory.remember([contributor])}
      />
      <p className="byline-preview">
        {printed.length ? (
          <>
            Prints at the {byline.position === 'top' ? 'top' : 'foot'} of the story: <span className="byline-preview-text">{printed.join(' · ')}</span>
          </>
        ) : (
          'No byline will print until a contributor has a name.'
        )}
      </p>
      <DatelineField
        key={`${session.path}#${session.revision}`}
        value={dateline}
        onChange={(next) => (suggest ? suggest.onDateline(next) : article.editFields({ dateline: next }))}
      />
      {after}
      {directoryOpen && <ContributorDirectoryDialog entries={directory.entries} onRename={rename} onForget={directory.forget} onClose={() => setDirectoryOpen(false)} />}
    </section>
  );
}
