import type { Node } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { photoAttrsFromImport, photoChecks } from '../../shared/photos';
import { schema } from '../../shared/schema';
import { checksOf, photoChecksPlugin } from '../../renderer/photos/checks-plugin';

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

  it('the checks plugin keeps its list while typing in paragraphs, and follows photo edits', () => {
    const blocks: Node[] = [];
    for (let i = 0; i < 300; i++) blocks.push(i % 100 === 0 ? photo({ src: `media/${i}.jpg` }) : p(`Paragraph ${i} of a long story with ten words in it.`));
    let state = EditorState.create({ doc: doc(...blocks), plugins: [photoChecksPlugin()] });
    const first = checksOf(state);
    expect(first.map((c) => c.message)).toEqual(['Photo 1 has no alt text', 'Photo 1 has no credit', 'Photo 2 has no alt text', 'Photo 2 has no credit', 'Photo 3 has no alt text', 'Photo 3 has no credit']);
    // Typing and deleting text: the very same list (nothing re-renders), although photos moved.
    for (let i = 0; i < 20; i++) state = state.apply(state.tr.insertText('x', 10));
    state = state.apply(state.tr.delete(10, 15));
    expect(checksOf(state)).toBe(first);
    // A paste holding a photo, a deleted photo, a photo's attributes: a new list.
    const pasted = state.apply(state.tr.replaceWith(12, 12, photo({ src: '' })));
    expect(checksOf(pasted).map((c) => c.kind)).toContain('placeholder');
    let photoPos = -1;
    state.doc.forEach((node, offset) => {
      if (photoPos < 0 && node.type.name === 'photo') photoPos = offset;
    });
    const removed = state.apply(state.tr.delete(photoPos, photoPos + 1));
    expect(checksOf(removed)).toHaveLength(4);
    const filled = state.apply(state.tr.setNodeMarkup(photoPos, undefined, { ...state.doc.nodeAt(photoPos)!.attrs, alt: 'Rescue workers', credit: 'Photo: Kyodo' }));
    expect(checksOf(filled).map((c) => c.message)).toEqual(['Photo 2 has no alt text', 'Photo 2 has no credit', 'Photo 3 has no alt text', 'Photo 3 has no credit']);
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
