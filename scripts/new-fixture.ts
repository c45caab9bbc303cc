/**
 * Turn a capture into a golden fixture (readability's generate-testcase): a page saved from a browser («Сохранить
 * как… → Веб-страница, только HTML») or the popup's «Сохранить снимок для разработчиков» file (JSON with the page's
 * URL and its already sanitised HTML), with personal data replaced (names, ids and avatars of people, comment texts,
 * session tokens).
 *
 *   npm run new-fixture -- <saved.html> <page url> <slug> [--now <ISO instant>] [--tz <IANA zone>]
 *   npm run new-fixture -- <snapshot.json> <slug> [--tz <IANA zone>]       (URL and instant from the snapshot)
 *
 * Writes tests/fixtures/<vk|ok>/<slug>/{source.html, url.txt, options.json, selectors.json, expected.draft.json}.
 * The draft is the reader's current answer: CHECK EVERY FIELD AGAINST THE PAGE, fix what is wrong, then rename it to
 * expected.json (the fixture loop, tests/lib/sites/fixtures.test.ts, ignores folders without expected.json, so an
 * unreviewed draft never passes for a test). selectors.json holds how many elements each selector of the site
 * matches on the page (tests/lib/sites/selectors.test.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sanitizeDocument } from '../lib/sanitize';
import { detectPage, readCommunityPage } from '../lib/sites';
import { decodeBytes } from '../lib/sites/core/collect';
import { formatSelectorCounts, selectorCounts } from '../tests/lib/sites/fixtures';

/** jsdom ships no types here: declare the little we use. */
interface JsdomModule {
  JSDOM: new (html: string, options?: { url?: string }) => { window: { document: Document } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

const USAGE = [
  'usage: npm run new-fixture -- <saved.html> <page url> <slug> [--now ISO] [--tz Zone]',
  '       npm run new-fixture -- <snapshot.json> <slug> [--tz Zone]',
].join('\n');

function usage(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const nowArg = flag('--now');
const timeZone = flag('--tz') ?? 'Europe/Moscow';
/** Where the fixture folders are (tests of this script write elsewhere). */
const root = flag('--root') ?? join(import.meta.dirname, '..', 'tests', 'fixtures');
const input = args[0];
if (!input) usage('missing arguments');

/** The capture: the page's URL, its HTML and the instant it was taken (when the capture says). */
function readCapture(file: string): { url: string; html: string; slug: string | undefined; takenAt: string | null } {
  const bytes = new Uint8Array(readFileSync(file));
  if (file.endsWith('.json')) {
    const snapshot = JSON.parse(new TextDecoder().decode(bytes)) as {
      url?: unknown;
      html?: unknown;
      takenAt?: unknown;
    };
    if (typeof snapshot.url !== 'string' || typeof snapshot.html !== 'string') usage(`${file}: not a snapshot file`);
    return {
      url: snapshot.url,
      html: snapshot.html,
      slug: args[1],
      takenAt: typeof snapshot.takenAt === 'string' ? snapshot.takenAt : null,
    };
  }
  const url = args[1];
  if (!url) usage('missing the page URL');
  return { url, html: decodeBytes(bytes, null), slug: args[2], takenAt: null };
}

const capture = readCapture(input);
const { url, slug } = capture;
if (!slug) usage('missing the slug');
if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) usage('slug: lower-case letters, digits and dashes');
const detected = detectPage(url);
if (!detected) usage(`not a VK or OK URL: ${url}`);
const now = new Date(nowArg ?? capture.takenAt ?? Date.now());
if (!Number.isFinite(now.getTime())) usage(`bad --now: ${nowArg}`);

// a snapshot is sanitised already; sanitising again changes nothing and costs nothing
const doc = sanitizeDocument(new JSDOM(capture.html, { url }).window.document);
const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '<!DOCTYPE html>\n';
const clean = `${doctype}${doc.documentElement.outerHTML}\n`;

const dir = join(root, detected.site, slug);
if (existsSync(join(dir, 'expected.json'))) usage(`${dir} already holds a reviewed fixture`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), clean);
writeFileSync(join(dir, 'url.txt'), `${url}\n`);
const note = `captured ${now.toISOString().slice(0, 10)}, sanitised`;
writeFileSync(join(dir, 'options.json'), `${JSON.stringify({ now: now.toISOString(), timeZone, note }, null, 2)}\n`);
const reread = new JSDOM(clean, { url }).window.document;
writeFileSync(join(dir, 'selectors.json'), formatSelectorCounts(selectorCounts(detected.site, reread)));
const page = readCommunityPage(reread, url, { now, timeZone });
writeFileSync(join(dir, 'expected.draft.json'), `${JSON.stringify(page, null, 2)}\n`);
console.log(`wrote ${dir}\n  layout: ${page?.layout ?? 'not a community page'}; posts: ${page?.posts.length ?? 0}`);
console.log('  REVIEW expected.draft.json against the page, then rename it to expected.json.');
