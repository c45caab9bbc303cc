/**
 * Personal-data sanitiser for saved VK/OK pages (scripts/new-fixture.ts, the popup's «Сохранить снимок»).
 * Pure: takes a Document, returns a sanitised copy; the input is not modified.
 * Replaced: names of people (post/comment authors, mentions, JSON profiles), ids of people (`/id123`,
 * `data-from-id`, `user_id` in scripts and JSON), avatars of people, comment texts, session tokens.
 * Kept: everything about the community itself (negative owner ids, club/public links, its own name and images).
 */

export const PERSON_AVATAR = 'https://vk.com/images/camera_50.png';

const PERSON_HREF =
  /^(?:https?:\/\/(?:www\.|m\.)?(?:vk\.(?:com|ru)|ok\.ru))?\/(?:id(\d+)|profile\/(\d+)|write(\d+))(?=[/?#]|$)/i;
const PERSON_LINK_SELECTORS = [
  'a[href]',
  '[data-from-id]',
  '[data-item-owner-id]',
  '[data-testid="comment-owner"]',
  '[data-testid="mobile-wall-post-author"]',
].join(',');
const COMMENT_TEXT =
  '.reply_text, .wall_reply_text, [data-testid="comment-text"], .comments_item_text, .comments-list_text';
const AUTHOR_NAME = '.reply_author, .author, [data-testid="comment-owner"], .user-link, .PostHeaderTitle__authorName';
const TOKEN_INPUT = 'input[type="hidden"][name*="hash" i], input[type="hidden"][name*="token" i]';

interface State {
  ids: Map<string, string>;
  names: Map<string, string>;
}

function fakeId(state: State, real: string): string {
  let id = state.ids.get(real);
  if (!id) {
    id = String(1_000_000_001 + state.ids.size);
    state.ids.set(real, id);
  }
  return id;
}

function fakeName(state: State, real: string): string {
  let name = state.names.get(real);
  if (!name) {
    name = `Пользователь ${state.names.size + 1}`;
    state.names.set(real, name);
  }
  return name;
}

function personIdOf(href: string): string | null {
  const m = PERSON_HREF.exec(href.trim());
  return m ? (m[1] ?? m[2] ?? m[3] ?? null) : null;
}

/** Replace personal data in a JSON-ish or script text. */
export function sanitizeText(text: string, state: State = { ids: new Map(), names: new Map() }): string {
  return text
    .replace(
      /("id"\s*:\s*)(\d+)(?=[^{}]*"(?:first_name|last_name)")/g,
      (_m, key: string, id: string) => `${key}${fakeId(state, id)}`,
    )
    .replace(/(\bvk\s*=\s*\{\s*"?id"?\s*:\s*)(\d+)/g, (_m, key: string, id: string) => `${key}${fakeId(state, id)}`)
    .replace(
      /("(?:user_id|viewer_id|loc_user_id|signer_id|uid|from_id|vk_id)"\s*:\s*)(\d+)/g,
      (_m, key: string, id: string) => `${key}${fakeId(state, id)}`,
    )
    .replace(
      /("(?:first_name|last_name|name_gen|screen_name_person)"\s*:\s*")((?:[^"\\]|\\.)*)"/g,
      (_m, key: string, v: string) => {
        return `${key}${fakeName(state, v)}"`;
      },
    )
    .replace(
      /("photo_(?:50|100|200|max|orig)"\s*:\s*")(?:[^"\\]|\\.)*"/g,
      (_m, key: string) => `${key}${PERSON_AVATAR}"`,
    )
    .replace(
      /\[id(\d+)\|([^\]]*)\]/g,
      (_m, id: string, name: string) => `[id${fakeId(state, id)}|${fakeName(state, name)}]`,
    )
    .replace(/(["'/])id(\d+)(?=["'/?#])/g, (_m, q: string, id: string) => `${q}id${fakeId(state, id)}`);
}

/** Whether a JSON `profiles` entry should be replaced: it is a person when it has first/last names. */
function sanitizeProfilesJson(value: string, state: State): string {
  return sanitizeText(value, state);
}

export function sanitizeDocument(input: Document): Document {
  const doc = input.cloneNode(true) as Document;
  const state: State = { ids: new Map(), names: new Map() };

  for (const el of Array.from(doc.querySelectorAll(PERSON_LINK_SELECTORS))) {
    const href = el.getAttribute('href');
    const fromId = el.getAttribute('data-from-id') ?? el.getAttribute('data-item-owner-id');
    const hrefId = href ? personIdOf(href) : null;
    const isPerson =
      hrefId !== null || (fromId !== null && /^\d+$/.test(fromId)) || el.matches('[data-testid="comment-owner"]');
    if (!isPerson) continue;
    if (href && hrefId) el.setAttribute('href', href.replace(/(id|profile\/|write)\d+/i, `$1${fakeId(state, hrefId)}`));
    for (const attr of ['data-from-id', 'data-item-owner-id']) {
      const v = el.getAttribute(attr);
      if (v && /^\d+$/.test(v)) el.setAttribute(attr, fakeId(state, v));
    }
    for (const img of Array.from(el.querySelectorAll('img'))) {
      img.setAttribute('src', PERSON_AVATAR);
      img.removeAttribute('srcset');
      img.setAttribute('alt', '');
    }
    // A link to a person whose text is a name (no image, no nested blocks)
    if (el.children.length === 0 && (el.textContent ?? '').trim()) {
      el.textContent = fakeName(state, (el.textContent ?? '').trim());
    }
    el.removeAttribute('aria-label');
    el.removeAttribute('title');
  }
  for (const el of Array.from(doc.querySelectorAll(AUTHOR_NAME))) {
    if (el.closest('a[href]') && !personIdOf(el.closest('a[href]')?.getAttribute('href') ?? '')) continue;
    if (el.children.length === 0 && (el.textContent ?? '').trim())
      el.textContent = fakeName(state, (el.textContent ?? '').trim());
  }
  for (const el of Array.from(doc.querySelectorAll(COMMENT_TEXT))) el.textContent = 'Текст комментария';
  for (const img of Array.from(
    doc.querySelectorAll('.reply_image img, .reply_img, img.reply_img, [data-testid="comment"] img'),
  )) {
    img.setAttribute('src', PERSON_AVATAR);
    img.removeAttribute('srcset');
  }
  for (const el of Array.from(doc.querySelectorAll(TOKEN_INPUT))) el.setAttribute('value', 'sanitised');
  for (const el of Array.from(doc.querySelectorAll('[data-exec]'))) {
    el.setAttribute('data-exec', sanitizeProfilesJson(el.getAttribute('data-exec') ?? '', state));
  }
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    script.textContent = sanitizeText(script.textContent ?? '', state);
  }
  // Text mentions in posts: [id123|Имя] rendered as links are handled above; raw ones in text:
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const t = node.nodeValue ?? '';
    if (t.includes('[id')) node.nodeValue = sanitizeText(t, state);
  }
  return doc;
}
