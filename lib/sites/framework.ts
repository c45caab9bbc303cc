/**
 * The shared base reader: selector queries by name over alternatives, selector-miss diagnostics,
 * per-field sources, tri-state presence, and schema validation of the output.
 */
import { type CommunityPage, CommunityPageSchema, type Diagnostic, type Post, type Presence } from '../types';
import type { SelectorAlternative, SelectorSet } from './types';

export class LayoutChangedError extends Error {
  constructor(readonly selectorName: string) {
    super(`selector '${selectorName}' matched nothing: the layout may have changed`);
    this.name = 'LayoutChangedError';
  }
}

export interface Match {
  el: Element;
  alt: SelectorAlternative;
}

/** querySelector that never throws on a bad selector (returns null). */
export function safeQuery(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

export function safeQueryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/**
 * What a document holds, asked lazily and remembered for one read: ids through the id map, classes through
 * getElementsByClassName (stops at the first hit), exact values of a few attributes from one query each.
 */
interface TokenIndex {
  root: ParentNode;
  ids: Map<string, boolean>;
  classes: Map<string, boolean>;
  tags: Map<string, boolean>;
  /** Attribute names: some element carries the attribute. */
  attrs: Map<string, boolean>;
  /** `name=value` of every `data-testid`, for exact `[data-testid="value"]` tests. */
  values: Set<string>;
  /** Memoised `[name="value"]` presence of the other indexed attributes. */
  lazyValues: Map<string, boolean>;
  /** Memoised `prune` results. */
  pruned: Map<string, readonly string[]>;
}

interface SelectorTokens {
  /** This comma-separated part of the selector, as written. */
  css: string;
  ids: string[];
  classes: string[];
  /** Type selectors (lower-case HTML tag names) the part's compounds start with. */
  tags: string[];
  /** Names of the attributes the part's attribute selectors test (plain names only). */
  attrs: string[];
  values: string[];
  /** Classes of the subject (rightmost) compound: every element the part matches has each of them. */
  subjectClasses: string[];
}

const tokenCache = new Map<string, SelectorTokens[] | null>();
/** Attributes whose exact values are indexed (the ones selectors test with `[name="value"]`). */
const VALUE_ATTRS = new Set(['data-testid', 'role', 'data-post-nesting-lvl']);

/** Ids, classes and attribute names every comma-separated part of `css` needs; null when unsure. */
function selectorTokens(css: string): SelectorTokens[] | null {
  if (tokenCache.has(css)) return tokenCache.get(css) ?? null;
  let out: SelectorTokens[] | null = [];
  // commas inside brackets or parentheses would break the split: no prefilter then
  if (/\\|\([^)]*,|\[[^\]]*,/.test(css)) out = null;
  else
    for (const part of css.split(',')) {
      const noPseudo = part.replace(/:[\w-]+\([^)]*\)/g, ' ');
      const values = Array.from(
        noPseudo.matchAll(/\[\s*([\w-]+)\s*=\s*"([^"]{0,100})"\s*\]/g),
        (m) => `${(m[1] ?? '').toLowerCase()}=${m[2] ?? ''}`,
      ).filter((v) => VALUE_ATTRS.has(v.slice(0, v.indexOf('='))));
      const bare = part.replace(/\[[^\]]*\]/g, ' ').replace(/:[\w-]+\([^)]*\)/g, ' ');
      out.push({
        css: part.trim(),
        ids: Array.from(bare.matchAll(/#([\w-]+)/g), (m) => m[1] ?? ''),
        classes: Array.from(bare.matchAll(/\.([\w-]+)/g), (m) => m[1] ?? ''),
        tags: Array.from(bare.matchAll(/(?:^|[\s>+~])([a-z][a-z0-9]*)(?![\w-]|\|)/g), (m) => m[1] ?? ''),
        // `[name]`, `[name="v"]`, `[name*="v"]`…, but not inside :not(…) (the attribute need not exist there)
        attrs: Array.from(noPseudo.matchAll(/\[\s*([a-z][\w-]*)\s*(?:[~|^$*]?=[^\]]*)?\]/g), (m) => m[1] ?? ''),
        values,
        // The classes of the subject (the last compound). Stripped attribute and pseudo parts stay as `*`, so in
        // `.cover [style*=…]` or `.a :not(.b)` the subject is `*` (no class), never the ancestor's `.cover`/`.a`.
        subjectClasses: Array.from(
          (
            part
              .replace(/\[[^\]]*\]/g, '*')
              .replace(/:[\w-]+\([^)]*\)/g, '*')
              .trim()
              .split(/[\s>+~]+/)
              .at(-1) ?? ''
          ).matchAll(/\.([\w-]+)/g),
          (m) => m[1] ?? '',
        ),
      });
    }
  tokenCache.set(css, out);
  return out;
}

/** Indexed attributes read up front (many selectors test their values); the others are asked per value. */
const EAGER_ATTR = 'data-testid';

function buildIndex(root: ParentNode): TokenIndex {
  const index: TokenIndex = {
    root,
    ids: new Map(),
    classes: new Map(),
    tags: new Map(),
    attrs: new Map(),
    values: new Set(),
    lazyValues: new Map(),
    pruned: new Map(),
  };
  // one early-stopping query first: pages of the older layouts carry no data-testid at all
  const any = safeQuery(root, `[${EAGER_ATTR}]`) !== null;
  index.attrs.set(EAGER_ATTR, any);
  if (!any) return index;
  for (const el of safeQueryAll(root, `[${EAGER_ATTR}]`)) {
    const v = el.getAttribute(EAGER_ATTR);
    if (v !== null) index.values.add(`${EAGER_ATTR}=${v}`);
  }
  return index;
}

/** `token` is `name=value` of an indexed attribute (no quote or backslash in it: see selectorTokens). */
function hasValue(index: TokenIndex, token: string): boolean {
  const eq = token.indexOf('=');
  const name = token.slice(0, eq);
  if (name === EAGER_ATTR) return index.values.has(token);
  let hit = index.lazyValues.get(token);
  if (hit === undefined) {
    hit = safeQuery(index.root, `[${name}="${token.slice(eq + 1)}"]`) !== null;
    index.lazyValues.set(token, hit);
  }
  return hit;
}

function hasId(index: TokenIndex, id: string): boolean {
  let hit = index.ids.get(id);
  if (hit === undefined) {
    const root = index.root as Partial<Document> & ParentNode;
    hit = (root.getElementById ? root.getElementById(id) : safeQuery(root, `[id="${id}"]`)) !== null;
    index.ids.set(id, hit);
  }
  return hit;
}

function hasClass(index: TokenIndex, name: string): boolean {
  let hit = index.classes.get(name);
  if (hit === undefined) {
    const root = index.root as Partial<Element> & ParentNode;
    hit = root.getElementsByClassName ? root.getElementsByClassName(name).item(0) !== null : true;
    index.classes.set(name, hit);
  }
  return hit;
}

function hasTag(index: TokenIndex, name: string): boolean {
  let hit = index.tags.get(name);
  if (hit === undefined) {
    const root = index.root as Partial<Element> & ParentNode;
    hit = root.getElementsByTagName ? root.getElementsByTagName(name).item(0) !== null : true;
    index.tags.set(name, hit);
  }
  return hit;
}

function hasAttr(index: TokenIndex, name: string): boolean {
  let hit = index.attrs.get(name);
  if (hit === undefined) {
    hit = safeQuery(index.root, `[${name}]`) !== null;
    index.attrs.set(name, hit);
  }
  return hit;
}

function partMayMatch(index: TokenIndex, p: SelectorTokens): boolean {
  return (
    p.ids.every((t) => hasId(index, t)) &&
    p.classes.every((t) => hasClass(index, t)) &&
    p.tags.every((t) => hasTag(index, t)) &&
    // attribute names before values: one early-stopping query tells about every value of the attribute
    p.attrs.every((t) => hasAttr(index, t)) &&
    p.values.every((t) => hasValue(index, t))
  );
}

/**
 * A class that every element matching any of `parts` (pruned parts of `css`) carries, or null: the union can then be
 * answered from that class's elements alone.
 */
function sharedSubjectClass(css: string, parts: readonly string[]): string | null {
  const all = selectorTokens(css);
  if (!all) return null;
  const kept = all.filter((t) => parts.includes(t.css));
  const [head, ...rest] = kept;
  return head?.subjectClasses.find((c) => rest.every((t) => t.subjectClasses.includes(c))) ?? null;
}

/**
 * The parts of `css` that may match in the indexed subtree (a part needing an absent token certainly matches
 * nothing): `[css]` when unsure, [] when none may.
 */
function prune(index: TokenIndex, css: string): readonly string[] {
  let out = index.pruned.get(css);
  if (out === undefined) {
    const parts = selectorTokens(css);
    out = parts ? parts.filter((p) => partMayMatch(index, p)).map((p) => p.css) : [css];
    index.pruned.set(css, out);
  }
  return out;
}

const byDocumentOrder = (a: Element, b: Element) =>
  a === b ? 0 : a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */ ? -1 : 1;

/** querySelectorAll as an array, null for an invalid selector. */
function queryOrNull(root: ParentNode, css: string): Element[] | null {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return null;
  }
}

/**
 * The union of the per-part results (browsers match a single compound selector by fast paths, a union by testing
 * every part on every element), in document order without duplicates. Like a union query, [] when any part is
 * not a valid selector.
 */
function mergeParts(lists: readonly (readonly Element[] | null)[]): Element[] {
  const found: (readonly Element[])[] = [];
  for (const list of lists) {
    if (list === null) return [];
    if (list.length > 0) found.push(list);
  }
  const [one, ...more] = found;
  if (!one) return [];
  if (more.length === 0) return one.slice();
  const seen = new Set<Element>(one);
  const size = seen.size;
  for (const list of more) for (const el of list) seen.add(el);
  // the other parts found nothing new (alternatives that all match the same blocks): already in document order
  if (seen.size === size) return one.slice();
  return Array.from(seen).sort(byDocumentOrder);
}

/**
 * The union of `parts` under `root` when they share a subject class: that class's elements (tree order, what the
 * browser keeps indexed) tested against the union, one `matches` each, instead of one document pass per part.
 * Null when there is no shared class; [] for an invalid selector, like a union query.
 */
function byClass(root: ParentNode, css: string, parts: readonly string[]): Element[] | null {
  const byName = (root as Partial<Element>).getElementsByClassName;
  if (!byName) return null;
  const cls = sharedSubjectClass(css, parts);
  if (cls === null) return null;
  const union = parts.join(', ');
  const out: Element[] = [];
  try {
    for (const el of byName.call(root, cls)) if (el.matches(union)) out.push(el);
  } catch {
    return [];
  }
  return out;
}

/** Text content with collapsed white space (NBSP kept as a space). */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
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

/** Text with line breaks kept (`<br>` and block elements → newline), spaces collapsed, empty lines dropped. */
export function multilineText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const tag = (c as Element).tagName;
        if (tag === 'BR') out += '\n';
        else if (tag === 'SCRIPT' || tag === 'STYLE') continue;
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

/** Present / missing / unknown: 'missing' only when the enclosing block was recognised. */
export function presence(found: boolean, recognised: boolean): Presence {
  if (found) return 'present';
  return recognised ? 'missing' : 'unknown';
}

/**
 * Per-read state: queries by selector name, diagnostics by name, per-field sources.
 */
export class ReadContext<K extends string> {
  readonly diagnostics: Diagnostic[] = [];
  readonly sources: Record<string, string> = {};
  private readonly reported = new Set<string>();
  /** Document-wide query results, memoised for this read (readers never mutate the page). */
  private readonly docCache = new Map<string, Element[]>();
  private readonly indexes = new WeakMap<object, TokenIndex>();
  private readonly ownCache = new Map<string, Map<Element | null, Element[]>>();
  private readonly partCache = new Map<string, Element[] | null>();
  private readonly firstCache = new Map<string, Element | null>();

  constructor(
    readonly site: string,
    readonly selectors: SelectorSet<K>,
    readonly where: string,
    private readonly onDiagnostic?: (message: string) => void,
  ) {}

  /** The parts of `css` that may match under `root` (one token index per document: see prune). */
  private partsFor(root: ParentNode, css: string): readonly string[] {
    // A token absent from the document is absent from every subtree of it; a detached subtree is not part of it.
    const node = root as Node;
    if (node.nodeType !== 9 && node.isConnected === false) return [css];
    const owner: ParentNode = node.nodeType === 9 ? root : (node.ownerDocument ?? root);
    let index = this.indexes.get(owner);
    if (!index) {
      index = buildIndex(owner);
      this.indexes.set(owner, index);
    }
    return prune(index, css);
  }

  /**
   * The first element in document order that `css` matches under `root`, or null (also for an invalid selector):
   * `queryAll(root, css)[0]`, but the browser stops at the first hit instead of collecting every match.
   */
  first(root: ParentNode, css: string): Element | null {
    const isDoc = (root as Node).nodeType === 9;
    if (isDoc) {
      const all = this.docCache.get(css);
      if (all) return all[0] ?? null;
      const known = this.firstCache.get(css);
      if (known !== undefined) return known;
    }
    const parts = this.partsFor(root, css);
    let best: Element | null = null;
    for (const part of parts) {
      let el: Element | null;
      try {
        el = root.querySelector(part);
      } catch {
        // like a union query: one invalid part makes the whole selector match nothing
        best = null;
        break;
      }
      if (el && (best === null || byDocumentOrder(el, best) < 0)) best = el;
    }
    if (isDoc) this.firstCache.set(css, best);
    return best;
  }

  /** False when `css` certainly matches nothing in `root`'s document (see prune); true when it may. */
  mayMatch(root: ParentNode, css: string): boolean {
    return this.partsFor(root, css).length > 0;
  }

  /** querySelectorAll that never throws; memoised when `root` is a whole document. */
  queryAll(root: ParentNode, css: string): Element[] {
    const parts = this.partsFor(root, css);
    if (parts.length === 0) return [];
    if ((root as Node).nodeType !== 9) {
      if (parts.length === 1) return safeQueryAll(root, parts[0] ?? '');
      return byClass(root, css, parts) ?? mergeParts(parts.map((part) => queryOrNull(root, part)));
    }
    let hit = this.docCache.get(css);
    if (!hit) {
      hit =
        parts.length === 1
          ? (this.docPart(root, parts[0] ?? '') ?? [])
          : (byClass(root, css, parts) ?? mergeParts(parts.map((part) => this.docPart(root, part))));
      this.docCache.set(css, hit);
    }
    return hit;
  }

  /** One selector part over the whole document, memoised for this read (shared by every union holding it). */
  private docPart(doc: ParentNode, part: string): Element[] | null {
    let hit = this.partCache.get(part);
    if (hit === undefined) {
      hit = queryOrNull(doc, part);
      this.partCache.set(part, hit);
    }
    return hit;
  }

  /**
   * Document-wide matches of `css` grouped by the nearest block of `scopes` strictly above each (null: none), in
   * document order: the same elements as querying each block and keeping those whose nearest block is that one,
   * for one native query per selector instead of one per block. Memoised per selector for this read.
   */
  ownedBy(doc: Document, css: string, scopes: ReadonlySet<Element>): ReadonlyMap<Element | null, Element[]> {
    let groups = this.ownCache.get(css);
    if (!groups) {
      groups = new Map();
      for (const el of this.queryAll(doc, css)) {
        let owner: Element | null = null;
        for (let p = el.parentElement; p; p = p.parentElement)
          if (scopes.has(p)) {
            owner = p;
            break;
          }
        const list = groups.get(owner);
        if (list) list.push(el);
        else groups.set(owner, [el]);
      }
      this.ownCache.set(css, groups);
    }
    return groups;
  }

  /** The first alternative (newest first) that matches under `root`, with the alternative used. */
  match(name: K, root: ParentNode, generations?: readonly string[]): Match | null {
    for (const alt of this.selectors[name]) {
      if (generations && !generations.includes(alt.generation)) continue;
      const el = this.first(root, alt.css);
      if (el) return { el, alt };
    }
    return null;
  }

  optionalOne(name: K, root: ParentNode, generations?: readonly string[]): Element | null {
    return this.match(name, root, generations)?.el ?? null;
  }

  /** Throws LayoutChangedError(name) when nothing matches. Catch it at the field level. */
  requireOne(name: K, root: ParentNode, generations?: readonly string[]): Element {
    const el = this.optionalOne(name, root, generations);
    if (!el) throw new LayoutChangedError(name);
    return el;
  }

  /** Every element matched by the first alternative that matches anything. */
  all(name: K, root: ParentNode, generations?: readonly string[]): { els: Element[]; alt: SelectorAlternative | null } {
    for (const alt of this.selectors[name]) {
      if (generations && !generations.includes(alt.generation)) continue;
      const els = this.queryAll(root, alt.css);
      if (els.length > 0) return { els, alt };
    }
    return { els: [], alt: null };
  }

  /** Every element matched by any alternative, in document order, without duplicates. */
  union(name: K, root: ParentNode): Element[] {
    const seen = new Set<Element>();
    for (const alt of this.selectors[name]) for (const el of this.queryAll(root, alt.css)) seen.add(el);
    return Array.from(seen);
  }

  /** Record a selector that did not match on a recognised layout (once per name). */
  miss(name: string, layout: string): void {
    if (this.reported.has(name)) return;
    this.reported.add(name);
    const message = `[${this.site}] '${name}' matched nothing on ${this.where} (${layout})`;
    this.diagnostics.push({ name, message });
    this.onDiagnostic?.(message);
  }

  source(field: string, source: string): void {
    this.sources[field] = source;
  }

  sourceOf(field: string, m: Match): void {
    this.sources[field] = `${m.alt.generation}:${m.alt.css}`;
  }
}

/**
 * A page on which nothing could be told: every field 'unknown' or null. Readers start from it (and fall back to it on
 * an error), so an unread field can never come out as 'missing'.
 */
export function unknownPage(
  site: CommunityPage['site'],
  url: string,
  extra: Partial<CommunityPage> = {},
): CommunityPage {
  return {
    site,
    url,
    id: null,
    name: null,
    members: null,
    avatar: 'unknown',
    cover: 'unknown',
    description: 'unknown',
    descriptionText: null,
    posWidget: 'unknown',
    govMark: 'unknown',
    registryLink: null,
    posts: [],
    layout: 'unknown',
    postsSince: null,
    ...extra,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What `z.number()` accepts: a finite number. */
const isNum = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const optBool = (v: unknown) => v === undefined || typeof v === 'boolean';
const nullStr = (v: unknown) => v === null || typeof v === 'string';
const nullNum = (v: unknown) => v === null || isNum(v);

/**
 * A post `PostSchema` certainly accepts (loose object: extra keys kept), checked by hand for the hot path. False
 * means "ask the schema", never "invalid": tests/lib/sites/framework.test.ts holds it to the schema.
 */
export function isPlainPost(v: unknown): v is Post {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    nullStr(v.publishedAt) &&
    nullNum(v.likes) &&
    nullNum(v.comments) &&
    nullNum(v.reposts) &&
    nullNum(v.views) &&
    typeof v.pinned === 'boolean' &&
    typeof v.ad === 'boolean' &&
    typeof v.repost === 'boolean' &&
    optBool(v.clip) &&
    optBool(v.poll) &&
    optBool(v.scheduled) &&
    (v.source === undefined || typeof v.source === 'string') &&
    optBool(v.viewsApproximate) &&
    (v.datePrecision === undefined || v.datePrecision === 'instant' || v.datePrecision === 'day')
  );
}

function isPostList(v: unknown): v is Post[] {
  if (!Array.isArray(v)) return false;
  for (const p of v) if (!isPlainPost(p)) return false;
  return true;
}

/**
 * Validate a reader's output against the contract. An invalid page (a reader bug) degrades to a page that
 * says 'unknown' everywhere, with a diagnostic, rather than feeding bad data to the engine.
 */
export function validatePage(page: CommunityPage): CommunityPage {
  // The posts (the bulk of a page) are checked by hand and the rest by the schema; anything the hand check does not
  // accept goes through the schema whole, as before.
  const posts: unknown = page.posts;
  const scheduled: unknown = page.scheduledPosts;
  if (isPostList(posts) && (scheduled === undefined || scheduled === null || isPostList(scheduled))) {
    const shell: Record<string, unknown> = { ...page, posts: [] };
    if (Array.isArray(scheduled)) shell.scheduledPosts = [];
    const parsed = CommunityPageSchema.safeParse(shell);
    if (parsed.success) {
      const out = parsed.data;
      out.posts = posts;
      if (Array.isArray(scheduled)) out.scheduledPosts = scheduled;
      return out;
    }
  }
  const parsed = CommunityPageSchema.safeParse(page);
  if (parsed.success) return parsed.data;
  return unknownPage(page.site === 'ok' ? 'ok' : 'vk', String(page.url), {
    diagnostics: [
      { name: 'schema', message: `reader output failed validation: ${parsed.error.message.slice(0, 300)}` },
    ],
  });
}

/**
 * A plain path on the page's own host (`/club1`, `/wall-1_2`): no query, fragment, escape, white space or second
 * slash, so the URL parser can only resolve it against the base, on the base's host, with nothing to unwrap. Lets
 * the link scans skip parsing the many internal links.
 */
export const OWN_HOST_PATH = /^\/(?:[A-Za-z0-9_.-][A-Za-z0-9_./-]*)?$/;

/**
 * Unwrap VK's `/away.php?to=…` and OK's redirect links: `/dk?st.cmd=outLinkWarning&st.rfn=…` (m.ok.ru leaving-site
 * page) and `/dk?cmd=logExternal&st.link=…` (ok.ru outbound link).
 */
export function unwrapLink(href: string, base: string): URL | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  for (let i = 0; i < 3; i++) {
    const inner =
      url.pathname === '/away.php' || url.pathname === '/away'
        ? url.searchParams.get('to')
        : url.searchParams.get('st.cmd') === 'outLinkWarning'
          ? url.searchParams.get('st.rfn')
          : url.searchParams.get('cmd') === 'logExternal' || url.searchParams.get('st.cmd') === 'logExternal'
            ? url.searchParams.get('st.link')
            : null;
    if (!inner) break;
    try {
      url = new URL(inner, base);
    } catch {
      return null;
    }
  }
  return url;
}

/** Hosts of MAX and Telegram channel links (docs/max.md F1, F6): a page's link to its MAX channel is looked for. */
const MESSENGER_HOST = /^(?:(?:www|web)\.)?max\.ru$|^(?:www\.)?(?:t|telegram)\.me$/;
/** A MAX/Telegram address written as text (a description's «Мы в MAX: max.ru/school5_gos»). */
const MESSENGER_TEXT = /(?<![\w.@/-])(?:https?:\/\/)?(?:(?:www|web)\.)?(?:max\.ru|t\.me|telegram\.me)\/[^\s<>"«»()]+/gi;

/**
 * Links to MAX and Telegram channels among a page's links outside its posts (unwrapped from away.php / OK's
 * redirects) and written in its description: the addresses as found, without repeats, in page order.
 */
export function messengerLinksOf(hrefs: Iterable<string>, text: string | null, base: string): string[] {
  const out = new Set<string>();
  for (const href of hrefs) {
    if (href === '' || href.startsWith('#')) continue;
    const url = unwrapLink(href, base);
    if (url !== null && MESSENGER_HOST.test(url.hostname.toLowerCase())) out.add(url.href);
  }
  for (const m of (text ?? '').matchAll(MESSENGER_TEXT)) {
    const raw = m[0].replace(/[),.;:!?]+$/, '');
    try {
      out.add(new URL(/^https?:/i.test(raw) ? raw : `https://${raw}`).href);
    } catch {
      // not an address after all
    }
  }
  return [...out];
}
