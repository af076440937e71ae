import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../shared/article';
import type { HostApi, NewsroomSettings } from '../../shared/contract';
import { type NewsroomAddress, parseNewsroomAddress } from '../../shared/newsroom/address';
import type { NewsroomMe, NewsroomStory } from '../../shared/newsroom/protocol';
import { NewsroomClient, NewsroomError } from './client';
import { photoSources } from './photos';

/** A story in the Newsroom list: from the newsroom, or (while it cannot be reached) as kept on this computer. */
export type NewsroomListItem = Pick<NewsroomStory, 'id' | 'headline' | 'byline' | 'status' | 'assignee' | 'present' | 'canEdit'> & { keptOnly?: boolean };

export interface NewsroomState {
  address: NewsroomAddress | null;
  token: string | null;
  me: NewsroomMe | null;
  stories: NewsroomListItem[];
  /** false while the newsroom cannot be reached (the list shows the stories kept on this computer). */
  reachable: boolean;
}

/** How often the Newsroom list asks who is in which story. */
const LIST_POLL_MS = 3_000;

/**
 * The newsroom this computer is connected to: the address and token (remembered through the
 * host, in the library's settings file), the account, and the list of shared stories with who is
 * in each, kept fresh while connected.
 */
export function useNewsroom(host: HostApi) {
  const [state, setState] = useState<NewsroomState>({ address: null, token: null, me: null, stories: [], reachable: false });
  const client = useMemo(() => (state.address && state.token ? new NewsroomClient(state.address, state.token) : null), [state.address, state.token]);
  const latest = useRef(state);
  latest.current = state;

  const refresh = useCallback(async () => {
    const s = latest.current;
    if (!client || !s.address) return;
    try {
      const stories = await client.stories();
      setState((prev) => (prev.address === s.address ? { ...prev, stories, reachable: true } : prev));
    } catch (e) {
      if (e instanceof NewsroomError && e.status === 401) return;
      const { stories } = await host.listNewsroomCopies({ server: s.address.key }).catch(() => ({ stories: [] }));
      setState((prev) =>
        prev.address === s.address
          ? {
              ...prev,
              reachable: false,
              stories: stories.map((k) => ({
                id: k.id,
                headline: k.headline,
                byline: k.byline,
                status: k.status as NewsroomStory['status'],
                assignee: null,
                present: [],
                canEdit: prev.me?.role !== 'viewer',
                keptOnly: true,
              })),
            }
          : prev,
      );
    }
  }, [client, host]);

  /** Checks the token with the newsroom, then remembers both. Throws a NewsroomError a person can read. */
  const connect = useCallback(
    async (addressText: string, token: string) => {
      let address: NewsroomAddress;
      try {
        address = parseNewsroomAddress(addressText);
      } catch (e) {
        throw new NewsroomError((e as Error).message, 0, 'bad-address');
      }
      if (!token.trim()) throw new NewsroomError('Paste the token the desk gave you.', 0, 'no-token');
      const me = await new NewsroomClient(address, token.trim()).me();
      const settings: NewsroomSettings = { address: address.ws, token: token.trim(), name: me.name, role: me.role };
      await host.setNewsroomSettings({ newsroom: settings });
      setState({ address, token: settings.token, me, stories: [], reachable: true });
    },
    [host],
  );

  const disconnect = useCallback(async () => {
    await host.setNewsroomSettings({ newsroom: null });
    setState({ address: null, token: null, me: null, stories: [], reachable: false });
  }, [host]);

  // The newsroom remembered from last time: connected again, or (unreachable) worked with offline.
  useEffect(() => {
    let cancelled = false;
    host
      .getNewsroomSettings({})
      .then(async ({ newsroom }) => {
        if (!newsroom || cancelled) return;
        const address = parseNewsroomAddress(newsroom.address);
        const remembered: NewsroomMe | null = newsroom.name ? { name: newsroom.name, role: newsroom.role ?? 'reporter' } : null;
        setState({ address, token: newsroom.token, me: remembered, stories: [], reachable: false });
        const me = await new NewsroomClient(address, newsroom.token).me().catch(() => null);
        if (me && !cancelled) setState((prev) => (prev.address === address ? { ...prev, me, reachable: true } : prev));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host]);

  useEffect(() => {
    if (!client) return;
    void refresh();
    const timer = window.setInterval(() => void refresh(), LIST_POLL_MS);
    return () => window.clearInterval(timer);
  }, [client, refresh]);

  /**
   * Shares a local story: its photos first (each once, by content name), then the article; the
   * newsroom builds the shared story from it once.
   */
  const share = useCallback(
    async (article: Article) => {
      if (!client) throw new NewsroomError('Connect to a newsroom first.', 0, 'not-connected');
      for (const src of photoSources(article)) {
        const res = await fetch(src);
        if (res.ok) await client.putPhoto(src.slice('media/'.length), await res.blob());
      }
      const story = await client.share(article);
      await refresh();
      return story;
    },
    [client, refresh],
  );

  return { ...state, client, connect, disconnect, refresh, share };
}

export type NewsroomApi = ReturnType<typeof useNewsroom>;
