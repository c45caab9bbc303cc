/**
 * The scanner of the no-raw-codes tests (no-raw-codes.test.tsx, tests/e2e/popup-first-screen.e2e.ts): what in a
 * Russian text looks like an internal code or English, after addresses, brand and format names and the formula's
 * letters are taken out.
 */

/** Addresses, brand and format names, the formula's letters and function: not codes, not English sentences. */
const ALLOWED = [
  /\bhttps?:\/\/\S+/g,
  /\b[\w-]+(?:\.[\w-]+)*\.(?:ru|com|рф)(?:\/\S*)?/g, // host names with sub-domains: knd.gov.ru/license…
  /\b(?:VK|OK|MAX|API|Telegram|Excel|XLSX|CSV|PDF|JSON|HTML|QR|ER|UTC|F|E|R|M|N|max)\b/g,
];

/** What in `text` looks like an internal code or English (after the allowed parts are taken out). */
export function rawOrEnglish(text: string): string[] {
  let rest = text;
  for (const re of ALLOWED) rest = rest.replace(re, ' ');
  const found: string[] = [];
  const patterns = [
    /\b[A-Za-z]+\/[A-Za-z_]+\b/g, // IANA zones: Asia/Yekaterinburg
    /\b[a-z]+(?:-[a-z]+)+\b/g, // kebab-case codes: not-found, members-only
    /\b[a-z]+[A-Z]\w*\b/g, // camelCase: postsComparison, timeZone
    /\b[a-z]+\.[a-z]+\b/g, // dotted paths: penalty.mode
    /(?:^|\s)(?:>=|<=|=>)(?:\s|$)/g, // comparison codes
    /\b[A-Za-z]{2,}\b/g, // any other Latin word: English
  ];
  for (const re of patterns) {
    for (const m of rest.matchAll(re)) found.push(m[0].trim());
    rest = rest.replace(re, ' ');
  }
  return found;
}

/** A node's text as the reader sees it: its text nodes apart (`textContent` glues «MAX» and «Telegram» of two labels). */
export function textOf(node: Node): string {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) parts.push(n.textContent ?? '');
  return parts.join(' ');
}
