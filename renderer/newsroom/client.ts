import { type Article, articleSchema } from '../../shared/article';
import {
  type NewsroomMe,
  type NewsroomRevision,
  type NewsroomStory,
  newsroomErrorSchema,
  newsroomMeSchema,
  newsroomRevisionSchema,
  newsroomStorySchema,
} from '../../shared/newsroom/protocol';
import type { NewsroomAddress } from '../../shared/newsroom/address';
import { z } from 'zod';

/** A refusal or failure from the newsroom, with its HTTP status (0: it could not be reached). */
export class NewsroomError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

const storiesAnswer = z.object({ stories: z.array(newsroomStorySchema) });
const storyAnswer = z.object({ story: newsroomStorySchema });
const revisionAnswer = z.object({ revision: newsroomRevisionSchema });
const revisionsAnswer = z.object({ revisions: z.array(newsroomRevisionSchema) });
const articleAnswer = z.object({ article: articleSchema });

/** The newsroom's HTTP API (shared/newsroom/protocol.ts), every call with the account's token. */
export class NewsroomClient {
  constructor(
    readonly address: NewsroomAddress,
    private readonly token: string,
  ) {}

  me(): Promise<NewsroomMe> {
    return this.call('GET', '/api/me', newsroomMeSchema);
  }

  async stories(): Promise<NewsroomStory[]> {
    return (await this.call('GET', '/api/stories', storiesAnswer)).stories;
  }

  async share(article: Article): Promise<NewsroomStory> {
    return (await this.call('POST', '/api/stories', storyAnswer, JSON.stringify({ article }))).story;
  }

  /** The revisions the newsroom keeps of a story, newest first. */
  async revisions(storyId: string): Promise<NewsroomRevision[]> {
    return (await this.call('GET', `/api/stories/${encodeURIComponent(storyId)}/revisions`, revisionsAnswer)).revisions;
  }

  /**
   * Asks for the story as it stands now, to show while the editor's websocket connects: resolves
   * when the newsroom answers, with a function that reads the answer, so that an answer made
   * unneeded meanwhile (a copy kept on this computer) is never parsed.
   */
  async requestArticle(storyId: string, signal?: AbortSignal): Promise<() => Promise<Article>> {
    const res = await this.request('READ', `/api/stories/${encodeURIComponent(storyId)}/article`, undefined, signal);
    return async () => (await this.answer(res, articleAnswer)).article;
  }

  /** The story's Yjs state now (applied before the websocket has synced, to edit a story shown from its readable copy). */
  async readState(storyId: string): Promise<Uint8Array> {
    return new Uint8Array(await (await this.request('READ', `/api/stories/${encodeURIComponent(storyId)}/state`)).arrayBuffer());
  }

  async readRevision(storyId: string, revisionId: string): Promise<Article> {
    return (await this.call('GET', `/api/stories/${encodeURIComponent(storyId)}/revisions/${encodeURIComponent(revisionId)}`, articleAnswer)).article;
  }

  async saveRevision(storyId: string): Promise<void> {
    await this.call('POST', `/api/stories/${encodeURIComponent(storyId)}/revisions`, revisionAnswer);
  }

  /** Uploads a photo under its content name (SHA256.EXT); the newsroom keeps each one once. */
  async putPhoto(name: string, bytes: Blob): Promise<void> {
    await this.request('PUT', `/api/photos/${encodeURIComponent(name)}`, bytes);
  }

  /** A photo's bytes (with a time limit: a story opening waits for its photos). */
  async getPhoto(name: string): Promise<Blob> {
    return (await this.request('GET', `/api/photos/${encodeURIComponent(name)}`, undefined, AbortSignal.timeout(10_000))).blob();
  }

  private async call<T>(method: string, path: string, shape: z.ZodType<T>, body?: string): Promise<T> {
    return this.answer(await this.request(method, path, body), shape);
  }

  private async answer<T>(res: Response, shape: z.ZodType<T>): Promise<T> {
    const parsed = shape.safeParse(await res.json().catch(() => null));
    if (!parsed.success)
      throw new NewsroomError('The newsroom answered with something Copydesk does not understand. Is the address right?', res.status, 'bad-answer');
    return parsed.data;
  }

  /**
   * `READ`: a story read on the way to showing it, sent as the protocol's "simple" read (a POST of
   * text with the token in it, no Authorization header): the browser sends it at once, without
   * first asking the newsroom whether it may (a CORS preflight, one more round trip per address).
   */
  private async request(method: string, path: string, body?: BodyInit, signal?: AbortSignal): Promise<Response> {
    let res: Response;
    try {
      res = await fetch(
        `${this.address.http}${path}`,
        method === 'READ'
          ? { method: 'POST', signal, headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body: JSON.stringify({ token: this.token }) }
          : {
              method,
              signal,
              headers: { Authorization: `Bearer ${this.token}`, ...(typeof body === 'string' ? { 'Content-Type': 'application/json' } : {}) },
              body,
            },
      );
    } catch {
      throw new NewsroomError(`The newsroom at ${this.address.ws} cannot be reached. Check the address and your network.`, 0, 'unreachable');
    }
    if (res.ok) return res;
    const error = newsroomErrorSchema.safeParse(await res.json().catch(() => null));
    const said = error.success ? error.data.error.message : '';
    if (res.status === 401) throw new NewsroomError('The newsroom did not accept this token. Check it, or ask the desk for a new one.', 401, 'unauthorized');
    if (res.status === 403) throw new NewsroomError(said || 'Your newsroom account may not do that.', 403, error.success ? error.data.error.code : 'forbidden');
    throw new NewsroomError(said || `The newsroom answered ${res.status}.`, res.status, error.success ? error.data.error.code : 'failed');
  }
}
