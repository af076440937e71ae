import { STATUS_LABELS } from '../../shared/article';
import type { NewsroomListItem } from './useNewsroom';
import './newsroom.css';

/** The Newsroom list: shared stories, with who wrote them, their status, who has them, and who is in them now. */
export function NewsroomList({
  stories,
  reachable,
  currentId,
  onOpen,
}: {
  stories: NewsroomListItem[];
  reachable: boolean;
  currentId: string | null;
  onOpen(story: NewsroomListItem): void;
}) {
  return (
    <section className="newsroom-section" aria-labelledby="newsroom-heading">
      <h2 className="library-heading" id="newsroom-heading">
        Newsroom
        {!reachable && <span className="newsroom-offline-tag"> · offline</span>}
      </h2>
      <ul className="article-list newsroom-list" aria-label="Newsroom">
        {stories.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className={`article-item${s.id === currentId ? ' is-current' : ''}`}
              aria-current={s.id === currentId ? 'true' : undefined}
              onClick={() => onOpen(s)}
            >
              <span className="article-headline">{s.headline || 'Untitled'}</span>
              <span className="article-meta">
                {s.byline && <span>{s.byline}</span>}
                <span>
                  <span className={`status-chip status-${s.status}`}>{STATUS_LABELS[s.status] ?? s.status}</span>
                  {s.assignee && <> · with {s.assignee}</>}
                  {!s.canEdit && <> · read only</>}
                  {s.keptOnly && <> · kept on this computer</>}
                </span>
                {s.present.length > 0 && (
                  <span className="newsroom-present">
                    {s.present.map((p) => (
                      <span key={p.name} className="presence-dot" style={{ background: p.color }} title={p.name} aria-hidden="true">
                        {initials(p.name)}
                      </span>
                    ))}
                    <span className="newsroom-present-names">In it now: {s.present.map((p) => p.name).join(', ')}</span>
                  </span>
                )}
              </span>
            </button>
          </li>
        ))}
        {stories.length === 0 && (
          <li className="empty">{reachable ? 'No shared stories yet. Share one with “Share to newsroom”.' : 'The newsroom cannot be reached.'}</li>
        )}
      </ul>
    </section>
  );
}

export function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]!.toUpperCase())
      .join('') || '?'
  );
}
