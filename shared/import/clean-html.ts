import { safeImageSrc } from '../export/photos';
import { safeHref } from '../schema';

/**
 * How pasted and imported HTML is cleaned before the schema's parse rules read it. Plain data
 * and string functions only, so the renderer (browser DOMPurify) and the Node importer (DOMPurify
 * on jsdom) apply exactly the same rules.
 *
 * Kept: headings, paragraphs, lists, block quotes, links, bold/italic, figures with images.
 * Dropped: scripts, styles, frames, objects, forms, SVG/MathML, event handlers, classes (except
 * the few Copydesk's own exports use), fonts, and every URL that is not a safe link or a raster image.
 */
export const CLEAN_HTML_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
  'strong',
  'b',
  'em',
  'i',
  'figure',
  'figcaption',
  'img',
  'span',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'small',
  'sup',
  'sub',
  'u',
  'ins',
  'q',
  'cite',
  'address',
];

export const CLEAN_HTML_ATTRIBUTES = ['href', 'title', 'src', 'alt', 'start', 'class', 'style'];

/** Classes Copydesk's own HTML export writes, so a re-import finds standfirst, byline, caption… */
const KEPT_CLASSES = new Set([
  'standfirst',
  'byline',
  'byline-line',
  'dateline',
  'caption',
  'credit',
  'photo',
  'photo-placeholder',
  'photo-to-come',
  'quote',
  'story-body',
]);

/** A DOMPurify configuration (plain object; both DOMPurify builds take it). */
/** Elements that can run, style or embed anything: dropped together with everything inside them. */
const ACTIVE_CONTENT = ['style', 'script', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'];

export const CLEAN_HTML_CONFIG = {
  ALLOWED_TAGS: CLEAN_HTML_TAGS,
  ALLOWED_ATTR: CLEAN_HTML_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  FORBID_TAGS: [
    ...ACTIVE_CONTENT,
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'link',
    'meta',
    'base',
  ],
  FORBID_CONTENTS: [
    ...ACTIVE_CONTENT,
    'del',
    's',
    'strike',
    'title',
    'head',
    'select',
    'textarea',
    'button',
  ],
};

/**
 * Elements removed with their content before cleaning: tracked deletions, Word and Google Docs
 * comments and their anchors, and text hidden from the reader.
 */
export const NOISE_SELECTOR = [
  'del',
  's',
  'strike',
  'script',
  'style',
  'template',
  'noscript',
  'title',
  'head',
  '[class*="MsoComment" i]',
  '[class*="msocom" i]',
  '[style*="mso-element:comment" i]',
  '[style*="mso-comment" i]',
  'a[href^="#cmnt"]',
  'a[href^="#_msocom"]',
  '[style*="display:none" i]',
  '[style*="display: none" i]',
  '[hidden]',
].join(', ');

/** Google Docs comment bodies sit at the end, each a paragraph starting with its anchor. */
export const COMMENT_BODY_ANCHOR = 'a[id^="cmnt"]';

/** Of a style attribute, only bold and italic survive (the schema's parse rules read them); fonts, colours and sizes go. */
export function keepTypography(style: string): string {
  const kept: string[] = [];
  for (const decl of style.split(';')) {
    const m = /^\s*(font-weight|font-style)\s*:\s*([a-z0-9]+)\s*$/i.exec(decl);
    if (m) kept.push(`${m[1].toLowerCase()}:${m[2].toLowerCase()}`);
  }
  return kept.join(';');
}

/** The value an attribute may keep after cleaning, or null to drop it. */
export function cleanAttribute(tag: string, name: string, value: string): string | null {
  switch (name) {
    case 'href':
      return tag === 'a' ? safeHref(value) : null;
    case 'src':
      return tag === 'img' ? safeImageSrc(value) : null;
    case 'style': {
      const kept = keepTypography(value);
      return kept || null;
    }
    case 'class': {
      const kept = value.split(/\s+/).filter((c) => KEPT_CLASSES.has(c));
      return kept.length ? kept.join(' ') : null;
    }
    case 'start':
      return tag === 'ol' && /^\d{1,6}$/.test(value) ? value : null;
    case 'title':
    case 'alt':
      return value.slice(0, 2000);
    default:
      return null;
  }
}

/** Minimal DOM shapes the hooks use; shared/ is type-checked without the DOM library. */
interface HookNode {
  nodeName: string;
}
interface HookData {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
}
interface Purifier {
  addHook(name: 'uponSanitizeAttribute', hook: (node: HookNode, data: HookData) => void): void;
}

/** Installs the attribute rules on a DOMPurify instance (browser or jsdom). */
export function installCleanHtmlHooks(purify: Purifier): void {
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    const cleaned = cleanAttribute(node.nodeName.toLowerCase(), data.attrName.toLowerCase(), data.attrValue);
    if (cleaned === null) data.keepAttr = false;
    else data.attrValue = cleaned;
  });
}

/** Minimal DOM for removing noise before cleaning. */
interface NoiseRoot {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void; parentElement: { remove(): void } | null }>;
}

export function removeNoise(root: NoiseRoot): void {
  for (const el of Array.from(root.querySelectorAll(COMMENT_BODY_ANCHOR))) (el.parentElement ?? el).remove();
  for (const el of Array.from(root.querySelectorAll(NOISE_SELECTOR))) el.remove();
}

/**
 * Renames inline event-handler attributes (onclick=…) inside tags before any parser sees them.
 * Not the security boundary (DOMPurify and the schema are); it keeps a browser from even
 * compiling — and reporting under the app's CSP — handlers in HTML it only parses to clean.
 */
export function disarmInlineHandlers(html: string): string {
  let out = html;
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/(<[a-zA-Z][^>]*?[\s/"'])(on[a-zA-Z]+\s*=)/g, (_, before: string, attr: string) => `${before}data-disarmed-${attr}`);
  }
  return out;
}
