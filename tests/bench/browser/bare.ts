// The reference: a bare ProseMirror editor (the prosemirror-schema-basic schema, defined here
// because that package is not a dependency, plus history and keymap — nothing else).
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { type DOMOutputSpec, Node, Schema } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const pDOM: DOMOutputSpec = ['p', 0];
const basicSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block', parseDOM: [{ tag: 'p' }], toDOM: () => pDOM },
    blockquote: { content: 'block+', group: 'block', defining: true, parseDOM: [{ tag: 'blockquote' }], toDOM: () => ['blockquote', 0] },
    horizontal_rule: { group: 'block', parseDOM: [{ tag: 'hr' }], toDOM: () => ['hr'] },
    heading: {
      attrs: { level: { default: 1, validate: 'number' } },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => [`h${node.attrs.level}`, 0],
    },
    code_block: { content: 'text*', marks: '', group: 'block', code: true, defining: true, parseDOM: [{ tag: 'pre', preserveWhitespace: 'full' }], toDOM: () => ['pre', ['code', 0]] },
    text: { group: 'inline' },
    image: {
      inline: true,
      attrs: { src: { validate: 'string' }, alt: { default: null }, title: { default: null } },
      group: 'inline',
      draggable: true,
      parseDOM: [{ tag: 'img[src]' }],
      toDOM: (node) => ['img', { src: node.attrs.src, alt: node.attrs.alt, title: node.attrs.title }],
    },
    hard_break: { inline: true, group: 'inline', selectable: false, parseDOM: [{ tag: 'br' }], toDOM: () => ['br'] },
  },
  marks: {
    link: { attrs: { href: {}, title: { default: null } }, inclusive: false, parseDOM: [{ tag: 'a[href]' }], toDOM: (m) => ['a', { href: m.attrs.href, title: m.attrs.title }, 0] },
    em: { parseDOM: [{ tag: 'em' }], toDOM: () => ['em', 0] },
    strong: { parseDOM: [{ tag: 'strong' }], toDOM: () => ['strong', 0] },
    code: { parseDOM: [{ tag: 'code' }], toDOM: () => ['code', 0] },
  },
});

interface JsonNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: JsonNode[];
  text?: string;
  marks?: unknown[];
}

/** Copydesk's body JSON in the basic schema: photos become a paragraph holding the image and its caption. */
function toBasic(node: JsonNode): JsonNode {
  if (node.type === 'photo') {
    const a = node.attrs ?? {};
    return { type: 'paragraph', content: [{ type: 'image', attrs: { src: String(a.src ?? ''), alt: String(a.alt ?? '') } }, ...(a.caption ? [{ type: 'text', text: ` ${a.caption} ${a.credit ?? ''}` }] : [])] };
  }
  if (node.type === 'heading') return { ...node, content: node.content?.map(toBasic) };
  if (node.type === 'bullet_list' || node.type === 'ordered_list' || node.type === 'list_item') return { type: 'blockquote', content: node.content?.map(toBasic) };
  return node.content ? { ...node, content: node.content.map(toBasic) } : node;
}

let view: EditorView | null = null;
const host = document.createElement('div');
host.className = 'bare-host';
document.body.append(host);

const frame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Fetches an article file and shows its body in a fresh editor; returns ms from request to painted. */
async function open(url: string): Promise<number> {
  view?.destroy();
  view = null;
  await frame();
  const t0 = performance.now();
  const json = (await (await fetch(url)).json()) as { body: JsonNode };
  const doc = Node.fromJSON(basicSchema, toBasic(json.body));
  const state = EditorState.create({ doc, plugins: [history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo }), keymap(baseKeymap)] });
  view = new EditorView(host, { state, attributes: { role: 'textbox', 'aria-label': 'Article body', 'aria-multiline': 'true', spellcheck: 'true', lang: 'en' } });
  await frame();
  await frame();
  return performance.now() - t0;
}

(window as unknown as { __bare: { open: typeof open } }).__bare = { open };
