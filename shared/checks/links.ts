import type { Mark, Node } from 'prosemirror-model';
import { safeHref } from '../schema/index';

/**
 * Links whose address will not work: empty, misspelt ("htp://", "http//", "www." with no
 * scheme), with spaces, or not a web, email or phone address at all.
 */

export interface LinkProblem {
  from: number;
  to: number;
  message: string;
}

const HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}\.?$|^localhost$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[0-9a-f:.]+\]$/iu;

/** What is wrong with a link address, in a sentence; null when it is fine. */
export function linkAddressProblem(href: string): string | null {
  const h = href.trim();
  if (!h) return 'The link has no address';
  if (/\s/.test(h)) return `The link address “${h}” contains a space`;
  if (/^www\./i.test(h)) return `The link address “${h}” has no https:// in front`;
  if (/^(?:h?t+p+s?:?\/\/?|https?:\/(?!\/)|https?\/\/)/i.test(h) && !/^https?:\/\/[^/]/i.test(h)) return `The link address “${h}” is misspelt at the start`;
  if (/^https?:\/\/https?:/i.test(h)) return `The link address “${h}” has its scheme twice`;
  if (!safeHref(h)) return `“${h}” is not a web, email or phone address`;
  if (/^https?:/i.test(h)) {
    const rest = h.replace(/^https?:\/\//i, '');
    const host = rest
      .split(/[/?#]/, 1)[0]!
      .replace(/^[^@]*@/, '')
      .replace(/:\d+$/, '');
    if (!HOST.test(host)) return `The link address “${h}” has no proper site name`;
    return null;
  }
  if (/^mailto:/i.test(h)) {
    const address = h.slice(7).split('?', 1)[0]!;
    return /^[^@\s]+@[^@\s]+\.[^@\s.]+$/.test(address) ? null : `The email link “${h}” is not an email address`;
  }
  if (/^tel:/i.test(h)) return /^tel:\+?[\d\s().-]{3,}$/i.test(h) ? null : `The phone link “${h}” is not a phone number`;
  return null;
}

/** The link runs of one textblock (neighbouring text with the same link is one link), with what is wrong with each. */
export function linkProblems(block: Node): LinkProblem[] {
  const out: LinkProblem[] = [];
  let run: { mark: Mark; from: number; to: number } | null = null;
  const close = () => {
    if (!run) return;
    const problem = linkAddressProblem(String(run.mark.attrs.href ?? ''));
    if (problem) out.push({ from: run.from, to: run.to, message: problem });
    run = null;
  };
  block.forEach((child, offset) => {
    const mark = child.marks.find((m) => m.type.name === 'link');
    if (run && mark && run.mark.eq(mark) && run.to === offset) {
      run.to = offset + child.nodeSize;
      return;
    }
    close();
    if (mark) run = { mark, from: offset, to: offset + child.nodeSize };
  });
  close();
  return out;
}
