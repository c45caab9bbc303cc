/** Text helpers shared by the readers: one way to read an element's text, its lines, and a page's meta tags. */
import { safeQuery } from './query';

/** Text content with collapsed white space (NBSP kept as a space). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** `Post.textStart` of a text: white space collapsed, the first 100 characters; undefined when empty or not text. */
export function textStartOf(text: unknown): string | undefined {
  const t = typeof text === 'string' ? text.replace(/[\s\u00a0\u202f]+/g, ' ').trim() : '';
  return t === '' ? undefined : Array.from(t).slice(0, 100).join('');
}

/** Lower case, one plain space, trimmed: for matching text markers (lib/sites/<site>/selectors.ts). */
export function norm(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\s\u00a0\u202f\u2009]+/g, ' ')
    .trim()
    .toLowerCase();
}

const BLOCK_TAGS = new Set([
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'TR',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
]);

/**
 * Text with line breaks kept (`<br>` and block elements start a new line), spaces collapsed, each line trimmed,
 * empty lines dropped. Scripts and styles are left out, and so is every element `skip` names (a «Показать
 * полностью» control inside a description).
 */
export function multilineText(el: Element | null | undefined, skip: (el: Element) => boolean = () => false): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (tag === 'BR') out += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE' || skip(c as Element)) continue;
        else {
          const block = BLOCK_TAGS.has(tag);
          if (block) out += '\n';
          walk(c);
          if (block) out += '\n';
        }
      }
    }
  };
  walk(el);
  return out
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The trimmed `content` of `<meta property="…">` or `<meta name="…">`, or null when absent or empty. */
export function meta(doc: Document, property: string): string | null {
  const el = safeQuery(doc, `meta[property="${property}"], meta[name="${property}"]`);
  const content = el?.getAttribute('content')?.trim();
  return content ? content : null;
}
