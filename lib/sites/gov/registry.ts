/**
 * The RKN registry (the list of pages over 10 000 subscribers): links to a page's entry and the application number.
 * Shared by the VK and OK readers; the rules are in docs/rkn-registration.md.
 *
 * A registry link has one of two forms, both accepted everywhere:
 * - 2024: `https://knd.gov.ru/license?id=<24 hex>&registryType=bloggersPermission` (parameters in any order);
 * - 2025 on: `https://gosuslugi.ru/snet/<24 hex>`.
 * Either with or without `www.`, `http`/`https`, behind VK's `/away.php?to=` or OK's redirect links, as an `href`
 * (read first: VK shortens a link's visible text) or as a URL written in the text. The result is normalised: lower-case
 * id, no `www.`, https.
 */
import { OWN_HOST_PATH, safeQueryAll, unwrapLink } from '../framework';

const HEX24 = /^[0-9a-f]{24}$/i;
const REGISTRY_HOSTS = new Set(['knd.gov.ru', 'gosuslugi.ru']);

const hostOf = (url: URL) => url.hostname.replace(/^www\./, '');

/** The normalised registry link `url` points to, or null when it is not a registry link. */
export function registryLinkOf(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = hostOf(url);
  const path = url.pathname.replace(/\/$/, '');
  if (host === 'gosuslugi.ru') {
    const id = /^\/snet\/([0-9a-f]{24})$/i.exec(path)?.[1];
    return id ? `https://gosuslugi.ru/snet/${id.toLowerCase()}` : null;
  }
  if (host !== 'knd.gov.ru' || path !== '/license') return null;
  const id = url.searchParams.get('id');
  if (!id || !HEX24.test(id)) return null;
  if (url.searchParams.get('registryType')?.toLowerCase() !== 'bloggerspermission') return null;
  return `https://knd.gov.ru/license?id=${id.toLowerCase()}&registryType=bloggersPermission`;
}

function onRegistryHost(base: string): boolean {
  try {
    return REGISTRY_HOSTS.has(hostOf(new URL(base)));
  } catch {
    return true; // unsure: parse every link
  }
}

/** Every match holds one of these literals: a quick test spares the full pattern on most texts. */
const TEXT_HINT = /knd\.gov\.ru\/license\/?\?|gosuslugi\.ru\/snet\//i;
/**
 * A registry URL written in text, scheme and `www.` optional, not inside another host name (`fake-gosuslugi.ru`,
 * `pos.gosuslugi.ru`). The 2024 form runs to the first space, quote,
 * bracket or non-ASCII character (a Cyrillic word glued to it is not part of it), less a closing punctuation mark; the
 * 2025 form is its 24 hex digits.
 */
const URL_IN_TEXT =
  /(?<![\w.-])(?:https?:\/\/)?(?:www\.)?(?:knd\.gov\.ru\/license\/?\?[^\s<>"'()\u0080-\uffff]+|gosuslugi\.ru\/snet\/[0-9a-f]{24}(?![0-9a-f]))/gi;

/** The first registry link written in `text`, normalised; null when none. */
export function findRegistryLinkInText(text: string): string | null {
  if (!TEXT_HINT.test(text)) return null;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    // a sentence's full stop or comma after the URL is not part of it
    const run = m[0].replace(/[.,;:!?]+$/, '');
    const raw = /^https?:\/\//i.test(run) ? run : `https://${run}`;
    try {
      const link = registryLinkOf(new URL(raw.replace(/&amp;/g, '&')));
      if (link) return link;
    } catch {
      // not a URL
    }
  }
  return null;
}

/** The text of `root`, one line per text node, so that text from neighbouring elements never runs into a URL. */
function textLines(root: ParentNode): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag !== 'SCRIPT' && tag !== 'STYLE') walk(c);
      }
    }
  };
  walk(root as unknown as Node);
  return parts.join('\n');
}

/**
 * The first registry link inside `root`, normalised: in the links (`href`, redirect wrappers unwrapped) first, then in
 * URLs written in the text. `base` is the page's URL (relative links resolve against it).
 */
export function findRegistryLink(root: ParentNode, base: string): string | null {
  let baseIsRegistry: boolean | null = null;
  for (const a of safeQueryAll(root, 'a[href]')) {
    const href = a.getAttribute('href') ?? '';
    if (OWN_HOST_PATH.test(href)) {
      // a plain path stays on the page's own host: a registry link only if the page itself were on a registry host
      baseIsRegistry ??= onRegistryHost(base);
      if (!baseIsRegistry) continue;
    }
    const url = unwrapLink(href, base);
    const link = url && registryLinkOf(url);
    if (link) return link;
  }
  const all = (root as Partial<Element>).textContent ?? (root as Partial<Document>).documentElement?.textContent ?? '';
  return TEXT_HINT.test(all) ? findRegistryLinkInText(textLines(root)) : null;
}

/** The first registry link among `roots`, in order; null when none has one. */
export function findRegistryLinkIn(roots: Iterable<ParentNode>, base: string): string | null {
  for (const root of roots) {
    const link = findRegistryLink(root, base);
    if (link) return link;
  }
  return null;
}

/** Default pattern for an RKN application number (2024 procedure): 6–12 digits within ~60 characters of a keyword. */
export const REGISTRY_APPLICATION_RE =
  /(?:ркн|роскомнадзор|перечн|заявк|заявлени)[^\d]{0,60}?(\d{6,12})(?!\d)|(?<!\d)(\d{6,12})(?!\d)[^\d]{0,60}?(?:ркн|роскомнадзор|перечн)/i;

export function findRegistryApplication(text: string, re: RegExp = REGISTRY_APPLICATION_RE): string | null {
  // the default pattern needs a run of six digits: most texts have none
  if (re === REGISTRY_APPLICATION_RE && !/\d{6}/.test(text)) return null;
  const m = re.exec(text);
  return m ? (m[1] ?? m[2] ?? null) : null;
}
