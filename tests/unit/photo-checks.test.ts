import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { photoAttrsFromImport, photoChecks } from '../../shared/photos';
import { schema } from '../../shared/schema';

const p = (text: string) => schema.nodes.paragraph.create(null, text ? schema.text(text) : null);
const photo = (attrs: Record<string, unknown>) => schema.nodes.photo.create(attrs);
const doc = (...blocks: Node[]) => schema.nodes.doc.create(null, blocks);

describe('photo checks', () => {
  it('lists an empty placeholder, then missing alt text and credit, and nothing once they are filled', () => {
    const d = doc(photo({ src: '' }), p('First.'), photo({ src: 'media/a.jpg', credit: 'Photo: Kyodo News' }), p('Second.'), photo({ src: 'media/b.jpg' }));
    expect(photoChecks(d).map((c) => c.message)).toEqual([
      'Photo 1 is still a placeholder: attach the image',
      'Photo 2 has no alt text',
      'Photo 3 has no alt text',
      'Photo 3 has no credit',
    ]);
    const checks = photoChecks(d);
    for (const c of checks) expect(d.nodeAt(c.pos)?.type.name).toBe('photo');
    const done = doc(photo({ src: 'media/a.jpg', alt: 'A man at a desk', credit: 'Photo: X' }), p('Text.'));
    expect(photoChecks(done)).toEqual([]);
    expect(photoChecks(doc(photo({ src: 'media/a.jpg', alt: '   ', credit: 'x' })))[0].kind).toBe('no-alt');
  });

  it('finds photos inside lists, with their real positions', () => {
    const li = schema.nodes.list_item.create(null, [p('Item'), photo({ src: 'media/a.jpg', alt: 'x' })]);
    const d = doc(p('Intro'), schema.nodes.bullet_list.create(null, [li]));
    const [check] = photoChecks(d);
    expect(check.kind).toBe('no-credit');
    expect(d.nodeAt(check.pos)?.type.name).toBe('photo');
  });

  it('typing in a paragraph of a long story reuses the cached blocks and stays fast', () => {
    const blocks: Node[] = [];
    for (let i = 0; i < 2_000; i++) blocks.push(i % 100 === 0 ? photo({ src: `media/${i}.jpg` }) : p(`Paragraph ${i} of a long story with ten words in it.`));
    let state = EditorState.create({ doc: doc(...blocks) });
    expect(photoChecks(state.doc)).toHaveLength(40);
    const start = performance.now();
    for (let i = 0; i < 200; i++) {
      state = state.apply(state.tr.insertText('x', 10));
      photoChecks(state.doc);
    }
    // Generous, so a busy machine does not fail it.
    expect(performance.now() - start).toBeLessThan(1500);
  });
});

describe('photo prefill from metadata', () => {
  const imported = {
    src: 'media/abc.jpg',
    preview: 'media/abc.jpg',
    width: 640,
    height: 427,
    metadata: { caption: 'Президент України', credit: 'Photo: José Núñez Müller / Kyodo News', rights: '© 2025 Kyodo News' },
  };

  it('fills caption, credit and rights, never alt text', () => {
    expect(photoAttrsFromImport(imported)).toEqual({
      src: 'media/abc.jpg',
      preview: 'media/abc.jpg',
      width: 640,
      height: 427,
      caption: 'Президент України',
      credit: 'Photo: José Núñez Müller / Kyodo News',
      rights: '© 2025 Kyodo News',
      alt: '',
    });
  });

  it('keeps what the reporter already typed into a placeholder', () => {
    const attrs = photoAttrsFromImport(imported, { caption: 'My caption', credit: '', alt: 'Described', rights: '' });
    expect(attrs.caption).toBe('My caption');
    expect(attrs.credit).toBe('Photo: José Núñez Müller / Kyodo News');
    expect(attrs.alt).toBe('Described');
  });
});
