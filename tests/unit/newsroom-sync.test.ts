import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { storyDocToArticle, storyFields, writeFields } from '../../shared/newsroom';
import { schema } from '../../shared/schema';
import { type TestClient, type TestNewsroom, connect, sampleArticle, startTestNewsroom, synced, tempDir, waitFor } from './newsroom-helpers';

/** Two Node clients (HocuspocusProvider over ws) edit one story on a real server and converge; roles decide who may change it. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(): Promise<TestNewsroom> {
  const tmp = await tempDir();
  const server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
  cleanups.push(tmp.remove, () => server.stop());
  return server;
}

function client(server: TestNewsroom, id: string, who: string): TestClient {
  const c = connect(server.url, id, server.tokens[who]);
  cleanups.push(() => c.destroy());
  return c;
}

const headline = (doc: Y.Doc) => String(storyFields(doc).get('headline') ?? '');
const typeInHeadline = (doc: Y.Doc, at: number, text: string) => (storyFields(doc).get('headline') as Y.Text).insert(at, text);

describe('newsroom: co-editing a shared story', () => {
  it('two clients co-edit the sample story and converge on the same article', async () => {
    const server = await setup();
    const article = sampleArticle();
    expect((await server.share(server.tokens.ann, article)).status).toBe(201);
    const a = client(server, article.id, 'ann');
    const b = client(server, article.id, 'eve');
    await synced(a);
    await synced(b);
    expect(storyDocToArticle(a.doc).headline).toBe(article.headline);
    typeInHeadline(a.doc, 0, 'Exclusive: ');
    typeInHeadline(b.doc, headline(b.doc).length, ' (update)');
    const body = a.doc.getXmlFragment('body');
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText('A new closing line.')]);
    body.insert(body.length, [p]);
    await waitFor(
      () => headline(a.doc) === headline(b.doc) && headline(a.doc).startsWith('Exclusive: ') && headline(a.doc).endsWith(' (update)'),
      'both edits on both clients',
    );
    await waitFor(() => JSON.stringify(storyDocToArticle(b.doc).body).includes('A new closing line.'), 'the new paragraph on the other client');
    expect(storyDocToArticle(a.doc)).toEqual(storyDocToArticle(b.doc));
    expect(() => schema.nodeFromJSON(storyDocToArticle(b.doc).body).check()).not.toThrow();
    // The list names who is in the story now, and says who may change it.
    const list = await waitFor(async () => {
      const r = (await (await server.api('/api/stories', server.tokens.bob)).json()) as {
        stories: { present: { name: string }[]; canEdit: boolean; headline: string }[];
      };
      return r.stories[0].present.length === 2 ? r.stories[0] : null;
    }, 'presence of both clients');
    expect(list.present.map((p) => p.name).sort()).toEqual(['ann', 'eve']);
    expect(list.canEdit).toBe(false);
  });
});

describe('newsroom: roles', () => {
  it('a reporter edits their own story and one shared with them; not another reporter’s; an editor edits all', async () => {
    const server = await setup();
    expect((await server.share(server.tokens.ann, sampleArticle('ann-story'))).status).toBe(201);
    const bobReads = client(server, 'ann-story', 'bob');
    const eve = client(server, 'ann-story', 'eve');
    await synced(bobReads);
    await synced(eve);
    // bob is not allowed: his edit is refused, never reaches eve and is logged.
    writeFields(bobReads.doc, { byline: { contributors: [] } as never });
    typeInHeadline(bobReads.doc, 0, 'BOB WAS HERE ');
    await waitFor(() => server.logs.some((l) => l.includes('account "bob", story "ann-story"') && l.includes('read-only')), 'the refusal in the log');
    typeInHeadline(eve.doc, 0, 'Editor: ');
    await waitFor(() => headline(bobReads.doc).includes('Editor: '), 'the editor’s edit reaching bob');
    expect(headline(eve.doc)).not.toContain('BOB WAS HERE');
    // Shared with bob: now his edits count.
    const patched = await server.api('/api/stories/ann-story', server.tokens.ann, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sharedWith: ['bob'] }),
    });
    expect(patched.status).toBe(200);
    const bob = client(server, 'ann-story', 'bob');
    await synced(bob);
    typeInHeadline(bob.doc, 0, 'Bob: ');
    await waitFor(() => headline(eve.doc).startsWith('Bob: '), 'bob’s edit reaching the editor');
    // bob may not reassign ann's story (only editors and the owner may).
    const refused = await server.api('/api/stories/ann-story', server.tokens.bob, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignee: 'bob' }),
    });
    expect(refused.status).toBe(403);
  });

  it('an editor assigns a story: the assignee appears in the open story and may now edit it', async () => {
    const server = await setup();
    await server.share(server.tokens.ann, sampleArticle('assigned'));
    const bob = client(server, 'assigned', 'bob');
    const ann = client(server, 'assigned', 'ann');
    await synced(bob);
    await synced(ann);
    const before = (await (await server.api('/api/stories/assigned', server.tokens.bob)).json()) as { story: { canEdit: boolean } };
    expect(before.story.canEdit).toBe(false);
    const r = await server.api('/api/stories/assigned', server.tokens.eve, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignee: 'bob' }),
    });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { story: { assignee: string } }).story.assignee).toBe('bob');
    await waitFor(() => storyFields(ann.doc).get('assignee') === 'bob', 'the assignee in the open story');
    const after = (await (await server.api('/api/stories/assigned', server.tokens.bob)).json()) as { story: { canEdit: boolean; assignee: string } };
    expect(after.story).toMatchObject({ canEdit: true, assignee: 'bob' });
    // bob's open connection may edit now, without reconnecting.
    typeInHeadline(bob.doc, 0, 'Assigned: ');
    await waitFor(() => headline(ann.doc).startsWith('Assigned: '), 'the assignee’s edit');
    expect(
      (
        await server.api('/api/stories/assigned', server.tokens.vic, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ assignee: 'vic' }),
        })
      ).status,
    ).toBe(403);
  });
});
