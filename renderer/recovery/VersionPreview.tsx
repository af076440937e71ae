import { Node } from 'prosemirror-model';
import { useMemo } from 'react';
import { type Article, articleWordCount, bodyParagraphs } from '../../shared/article';
import { schema } from '../../shared/schema';

function paragraphsOf(article: Article): string[] {
  try {
    return bodyParagraphs(Node.fromJSON(schema, article.body)).filter((p) => p.trim() !== '');
  } catch {
    return [];
  }
}

export function wordsOf(article: Article): number {
  try {
    return articleWordCount(article);
  } catch {
    return 0;
  }
}

interface VersionPreviewProps {
  /** Names the version, e.g. "Recovered changes (not saved)". */
  title: string;
  /** When and how long, e.g. "kept 10:42 · 512 words". */
  meta: string;
  article: Article;
  /** Paragraphs not in this other version are marked, so the difference shows at a glance. */
  compareTo?: Article;
  tone?: 'mine' | 'theirs' | 'neutral';
}

/** One version of a story, read-only, as the reporter would recognise it: headline, standfirst, paragraphs. */
export function VersionPreview({ title, meta, article, compareTo, tone = 'neutral' }: VersionPreviewProps) {
  const paragraphs = useMemo(() => paragraphsOf(article), [article]);
  const other = useMemo(() => (compareTo ? new Set(paragraphsOf(compareTo)) : null), [compareTo]);
  const changed = other ? paragraphs.filter((p) => !other.has(p)).length : 0;
  return (
    <section className={`version version-${tone}`} aria-label={title}>
      <header className="version-head">
        <h3>{title}</h3>
        <p className="version-meta">
          {meta}
          {other && <> · {changed === 0 ? 'same paragraphs' : `${changed} paragraph${changed === 1 ? '' : 's'} differ`}</>}
        </p>
      </header>
      <div className="version-text">
        <p className={`version-headline${compareTo && compareTo.headline !== article.headline ? ' is-different' : ''}`}>{article.headline || 'Untitled'}</p>
        {article.standfirst && <p className="version-standfirst">{article.standfirst}</p>}
        {paragraphs.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a revision is read-only; position plus text is a stable key
          <p key={`${i}:${p.slice(0, 20)}`} className={other && !other.has(p) ? 'is-different' : undefined}>
            {p}
          </p>
        ))}
        {paragraphs.length === 0 && <p className="version-empty">(no story text)</p>}
      </div>
    </section>
  );
}
