import type { Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineText, countDocWords, countWords } from '../article';
import { storyBodyHtml } from './html';
import { imageMimeType, libraryPhotoLinker, type PhotoLinker, safeImageSrc } from './photos';
import { articlePlainBody } from './text';

/**
 * IPTC ninjs 1.4 ("News in JSON", https://www.iptc.org/std/ninjs/ninjs-schema_1.4.json): the
 * version with the flat `headline`, `byline`, `body_html` and `description_text` fields most
 * wire and CMS pipelines read, and `associations` as an object of named news items.
 */
export const NINJS_VERSION = '1.4';
export const NINJS_SCHEMA = 'http://www.iptc.org/std/ninjs/ninjs-schema_1.4.json';

export interface NinjsExportOptions {
  photo?: PhotoLinker;
  /** Language of the story (BCP 47). */
  lang?: string;
}

export interface NinjsRendition {
  href: string;
  mimetype?: string;
  width?: number;
  height?: number;
}

export interface NinjsItem {
  uri: string;
  type: 'text' | 'picture';
  mimetype?: string;
  representationtype?: 'complete' | 'incomplete';
  version?: string;
  firstcreated?: string;
  versioncreated?: string;
  pubstatus?: 'usable' | 'withheld' | 'canceled';
  language?: string;
  headline?: string;
  byline?: string;
  located?: string;
  description_text?: string;
  body_html?: string;
  body_text?: string;
  charcount?: number;
  wordcount?: number;
  copyrightholder?: string;
  usageterms?: string;
  person?: { name: string; rel?: string }[];
  /** a note to the editors who receive the item: here, who marked it Ready over open checks */
  ednote?: string;
  renditions?: Record<string, NinjsRendition>;
  associations?: Record<string, NinjsItem>;
}

function photoItems(article: Article, body: Node, linker: PhotoLinker): Record<string, NinjsItem> {
  const out: Record<string, NinjsItem> = {};
  let n = 0;
  body.descendants((node) => {
    if (node.type.name !== 'photo') return true;
    n++;
    const a = node.attrs;
    const href = a.src ? safeImageSrc(linker(a.src)) : null;
    const mimetype = href ? imageMimeType(href) : null;
    const item: NinjsItem = {
      uri: `urn:copydesk:article:${article.id}:photo:${n}`,
      type: 'picture',
      representationtype: href ? 'complete' : 'incomplete',
      ...(a.caption ? { description_text: a.caption, headline: a.caption } : {}),
      ...(a.credit ? { byline: a.credit, copyrightholder: a.credit } : {}),
      ...(a.rights ? { usageterms: a.rights } : {}),
      ...(href
        ? {
            renditions: {
              original: {
                href,
                ...(mimetype ? { mimetype } : {}),
                ...(a.width ? { width: a.width } : {}),
                ...(a.height ? { height: a.height } : {}),
              },
            },
          }
        : {}),
    };
    if (mimetype) item.mimetype = mimetype;
    // Association names are alphanumeric in ninjs 1.x: featureimage first, then photo2, photo3…
    out[n === 1 ? 'featureimage' : `photo${n}`] = item;
    return false;
  });
  return out;
}

export function articleNinjs(article: Article, options: NinjsExportOptions = {}): NinjsItem {
  const body = bodyNode(article.body);
  const linker = options.photo ?? libraryPhotoLinker;
  const text = articlePlainBody(article, body);
  const associations = photoItems(article, body, linker);
  const people = [...new Set(article.people.map((p) => p.name.trim()).filter(Boolean))];
  const byline = bylineText(article.byline.contributors);
  return {
    uri: `urn:copydesk:article:${article.id}`,
    type: 'text',
    mimetype: 'text/html',
    representationtype: 'complete',
    firstcreated: article.created,
    versioncreated: article.modified,
    pubstatus: article.status === 'ready' ? 'usable' : 'withheld',
    language: options.lang ?? 'en',
    headline: article.headline,
    ...(byline ? { byline } : {}),
    // ninjs `located` is where the story comes from: the dateline's place, not its date.
    ...(article.dateline?.place.trim() ? { located: article.dateline.place.trim() } : {}),
    ...(article.standfirst ? { description_text: article.standfirst } : {}),
    body_html: storyBodyHtml(article, { photo: linker }, body),
    body_text: text,
    charcount: text.length,
    wordcount: countWords(article.headline) + countWords(article.standfirst) + countDocWords(body),
    ...(people.length ? { person: people.map((name) => ({ name, rel: 'quoted' })) } : {}),
    ...(Object.keys(associations).length ? { associations } : {}),
    ...(article.status === 'ready' && article.checks?.overrides.length ? { ednote: readyOverrideNote(article.checks.overrides) } : {}),
  };
}

/**
 * What the receiving desk should know about a story marked Ready over open error checks: the
 * latest override, who made it and why, and the rules it overrode.
 */
export function readyOverrideNote(overrides: NonNullable<Article['checks']>['overrides']): string {
  const last = overrides[overrides.length - 1]!;
  const rules = [...new Set(last.checks.map((c) => c.ruleId))];
  const open = `${last.checks.length} open error check${last.checks.length === 1 ? '' : 's'}`;
  const reason = last.reason.trim() ? ` Reason: ${last.reason.trim()}` : '';
  return `Marked Ready by ${last.by} at ${last.at} over ${open} (${rules.join(', ')}).${reason}`;
}

export function articleNinjsJson(article: Article, options: NinjsExportOptions = {}): string {
  return `${JSON.stringify(articleNinjs(article, options), null, 2)}\n`;
}
