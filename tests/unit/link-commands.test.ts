import type { Node } from 'prosemirror-model';
import { type Command, EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { linkRange, updateLink } from '../../renderer/editor/commands';
import { schema } from '../../shared/schema';

const { link, strong } = schema.marks;

/** "Read the story here. Then more.", with "the story" linked to `href` and "story" also bold. */
function story(href: string, caret: number, head = caret): EditorState {
  const linked = link.create({ href });
  const doc = schema.nodes.doc.create(null, [
    schema.nodes.paragraph.create(null, [
      schema.text('Read '),
      schema.text('the ', [linked]),
      schema.text('story', [linked, strong.create()]),
      schema.text(' here.'),
    ]),
    schema.nodes.paragraph.create(null, schema.text('Then more.')),
  ]);
  return EditorState.create({ doc, selection: TextSelection.create(doc, caret, head) });
}
// Positions in the first paragraph: "Read " 1–6, "the " 6–10, "story" 10–15, " here." 15–21.
const LINK = { from: 6, to: 15 };

/** Runs a command; the state after it, or null when it refused. */
function apply(state: EditorState, command: Command): EditorState | null {
  let tr: Transaction | null = null;
  const ok = command(state, (t) => {
    tr = t;
  });
  if (!ok) {
    expect(tr).toBeNull();
    return null;
  }
  return tr ? state.apply(tr) : state;
}

/** Each run of text in the story with the href of its link (null when not linked). */
function links(doc: Node): [string, string | null][] {
  const runs: [string, string | null][] = [];
  doc.descendants((node) => {
    if (node.isText) runs.push([node.text ?? '', link.isInSet(node.marks)?.attrs.href ?? null]);
  });
  return runs;
}

describe('updateLink, with the caret inside a link', () => {
  it('gives a bare address https://, as setLink does', () => {
    const after = apply(story('https://example.org/old', 8), updateLink('example.com'));
    expect(after && linkRange(after)).toEqual({ ...LINK, href: 'https://example.com' });
  });

  it('updates the whole link, across its differently formatted words, and nothing else', () => {
    const after = apply(story('https://example.org/old', 12), updateLink('  example.com/news  '));
    expect(links(after!.doc)).toEqual([
      ['Read ', null],
      ['the ', 'https://example.com/news'],
      ['story', 'https://example.com/news'],
      [' here.', null],
      ['Then more.', null],
    ]);
    // The bold word keeps its bold.
    expect(after!.doc.rangeHasMark(10, 15, strong)).toBe(true);
    expect(after!.doc.rangeHasMark(6, 10, strong)).toBe(false);
  });

  it('refuses javascript: and other unsafe addresses, leaving the link as it was', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>', '//evil.example']) {
      const before = story('https://example.org/old', 8);
      expect(apply(before, updateLink(href)), href).toBeNull();
      expect(updateLink(href)(before), href).toBe(false);
    }
  });

  it('keeps addresses that already have a safe scheme, or are local', () => {
    for (const href of ['http://example.com', 'mailto:desk@example.org', 'tel:+81312345678', '#top', '/archive']) {
      const after = apply(story('https://example.org/old', 8), updateLink(href));
      expect(after && linkRange(after)?.href, href).toBe(href);
    }
  });

  it('works at either edge of the link', () => {
    for (const caret of [LINK.from, LINK.to]) {
      const after = apply(story('https://example.org/old', caret), updateLink('example.com'));
      expect(after && linkRange(after)).toEqual({ ...LINK, href: 'https://example.com' });
    }
  });

  it('removes the whole link when the address is empty', () => {
    const after = apply(story('https://example.org/old', 8), updateLink(''));
    expect(links(after!.doc).every(([, href]) => href === null)).toBe(true);
  });

  it('repairs a link stored raw by the old dialog', () => {
    const after = apply(story('example.com', 8), updateLink('example.com'));
    expect(after && linkRange(after)?.href).toBe('https://example.com');
  });
});

describe('updateLink, with words selected', () => {
  it('links just the selection, normalised', () => {
    const after = apply(story('https://example.org/old', 16, 21), updateLink('example.com'));
    expect(links(after!.doc)).toEqual([
      ['Read ', null],
      ['the ', 'https://example.org/old'],
      ['story', 'https://example.org/old'],
      [' ', null],
      ['here.', 'https://example.com'],
      ['Then more.', null],
    ]);
  });

  it('refuses an unsafe address, and a caret outside any link (nothing to link)', () => {
    expect(apply(story('https://example.org/old', 16, 21), updateLink('javascript:alert(1)'))).toBeNull();
    expect(apply(story('https://example.org/old', 3), updateLink('example.com'))).toBeNull();
  });
});

describe('linkRange', () => {
  it('is the whole link wherever the caret is in it, across its formatted words', () => {
    for (const caret of [6, 8, 10, 12, 15])
      expect(linkRange(story('https://example.org/old', caret)), `caret ${caret}`).toEqual({ ...LINK, href: 'https://example.org/old' });
    for (const caret of [1, 5, 16, 21, 23]) expect(linkRange(story('https://example.org/old', caret)), `caret ${caret}`).toBeNull();
  });

  it('tells two links side by side apart', () => {
    const doc = schema.nodes.doc.create(null, [
      schema.nodes.paragraph.create(null, [
        schema.text('one', [link.create({ href: 'https://a.example' })]),
        schema.text('two', [link.create({ href: 'https://b.example' })]),
      ]),
    ]);
    const at = (pos: number) => linkRange(EditorState.create({ doc, selection: TextSelection.create(doc, pos) }));
    expect(at(2)).toEqual({ from: 1, to: 4, href: 'https://a.example' });
    expect(at(5)).toEqual({ from: 4, to: 7, href: 'https://b.example' });
  });
});
