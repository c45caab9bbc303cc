/**
 * Turn a page saved from a browser («Сохранить как… → Веб-страница, только HTML») into a golden fixture with
 * personal data replaced (names, ids and avatars of people; comment texts; session tokens).
 *
 *   npx tsx scripts/capture-fixture.ts <saved.html> <page url> <slug> [--now <ISO instant>] [--tz <IANA zone>]
 *
 * Writes tests/fixtures/<vk|ok>/<slug>/{source.html, url.txt, options.json, expected.draft.json}. The draft is the
 * reader's current answer: CHECK EVERY FIELD AGAINST THE PAGE, fix what is wrong, then rename it to expected.json
 * (the fixture loop ignores directories without expected.json, so an unreviewed draft never passes for a test).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sanitizeDocument } from '../lib/sanitize';
import { detectPage, readCommunityPage } from '../lib/sites';
import { decodeBytes } from '../lib/sites/paginate';

/** jsdom ships no types here: declare the little we use. */
interface JsdomModule {
  JSDOM: new (html: string, options?: { url?: string }) => { window: { document: Document } };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

function usage(message: string): never {
  console.error(
    `${message}\nusage: npx tsx scripts/capture-fixture.ts <saved.html> <page url> <slug> [--now ISO] [--tz Zone]`,
  );
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
const [input, url, slug] = args;
if (!input || !url || !slug) usage('missing arguments');
if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) usage('slug: lower-case letters, digits and dashes');
const detected = detectPage(url);
if (!detected) usage(`not a VK or OK URL: ${url}`);
const now = nowArg ? new Date(nowArg) : new Date();
if (!Number.isFinite(now.getTime())) usage(`bad --now: ${nowArg}`);

const html = decodeBytes(new Uint8Array(readFileSync(input)), null);
const doc = sanitizeDocument(new JSDOM(html, { url }).window.document);
const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '<!DOCTYPE html>\n';
const clean = `${doctype}${doc.documentElement.outerHTML}\n`;

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', detected.site, slug);
if (existsSync(join(dir, 'expected.json'))) usage(`${dir} already holds a reviewed fixture`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), clean);
writeFileSync(join(dir, 'url.txt'), `${url}\n`);
writeFileSync(
  join(dir, 'options.json'),
  `${JSON.stringify({ now: now.toISOString(), timeZone, note: `captured ${new Date().toISOString().slice(0, 10)}, sanitised` }, null, 2)}\n`,
);
const reread = new JSDOM(clean, { url }).window.document;
const page = readCommunityPage(reread, url, { now, timeZone });
writeFileSync(join(dir, 'expected.draft.json'), `${JSON.stringify(page, null, 2)}\n`);
console.log(`wrote ${dir}\n  layout: ${page?.layout ?? 'not a community page'}; posts: ${page?.posts.length ?? 0}`);
console.log('  REVIEW expected.draft.json against the page, then rename it to expected.json.');
