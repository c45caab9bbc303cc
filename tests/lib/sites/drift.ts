/**
 * The wrapper-drift mutation class (issue 16), shared by the VK and OK reader mutation tests: the ids and classes of
 * the ancestors of what a fixture's reading depends on are renamed or removed, or a wrapper is inserted above it (the
 * way markup drifts inside one layout generation). The invariant: no field that was 'present' becomes 'missing', and
 * no check that was 'pass' becomes 'fail' (the engine run through the public contract, lib/index.ts).
 */
import { auditCommunity, readCommunityPage } from '../../../lib/index';
import type { SelectorSet } from '../../../lib/sites/types';
import type { CommunityPage } from '../../../lib/types';
import { type Fixture, parseHtml } from './fixtures';
import { dependedElements, driftDocument } from './mutate';

export const PRESENCE_FIELDS = ['avatar', 'cover', 'description', 'posWidget', 'govMark', 'aPlusMark'] as const;

interface Reading {
  page: CommunityPage | null;
  checks: Map<string, string>;
}

function readAndAudit(doc: Document, f: Fixture): Reading {
  const page = readCommunityPage(doc, f.url, f.options);
  const checks = new Map<string, string>();
  if (page) for (const c of auditCommunity(page, f.options).checks) checks.set(c.id, c.status);
  return { page, checks };
}

/** What a variant says that its unmutated page does not prove: a new 'missing' or a new 'fail'. */
export function driftViolations(base: Reading, variant: Reading): string[] {
  const out: string[] = [];
  if (!base.page || !variant.page) return out;
  for (const field of PRESENCE_FIELDS) {
    if (variant.page[field] === 'missing' && base.page[field] !== 'missing')
      out.push(`${field}: ${base.page[field]} → missing (source ${variant.page.sources?.[field] ?? '—'})`);
  }
  for (const [id, status] of variant.checks) {
    if (status === 'fail' && base.checks.get(id) !== 'fail') out.push(`check ${id}: ${base.checks.get(id)} → fail`);
  }
  return out;
}

export interface DriftRun {
  variants: number;
  mutations: number;
  /** One line per violating variant: seed, mutations, what changed. */
  violations: string[];
}

/**
 * `variants` seeded wrapper-drift variants of one fixture (1–3 mutations each), each checked against the unmutated
 * page's own reading. One parsed document serves every variant: each mutation is undone after its read (a clone of a
 * jsdom document costs as much as a read), and the page is checked to be back as it was at the end.
 */
export function runDrift(f: Fixture, selectors: SelectorSet<string>, variants: number, seedBase: number): DriftRun {
  const doc = parseHtml(f.html);
  const before = doc.documentElement.outerHTML;
  const css = Object.values(selectors).flatMap((alts) => alts.map((a) => a.css));
  const targets = dependedElements(doc, css);
  const base = readAndAudit(doc, f);
  const run: DriftRun = { variants: 0, mutations: 0, violations: [] };
  if (targets.length === 0) return run;
  for (let seed = 1; seed <= variants; seed++) {
    const { log, undo } = driftDocument(doc, targets, seedBase + seed, 1 + (seed % 3));
    try {
      run.variants++;
      run.mutations += log.length;
      const bad = driftViolations(base, readAndAudit(doc, f));
      if (bad.length > 0)
        run.violations.push(`${f.site}/${f.slug} seed ${seedBase + seed} [${log.join('; ')}]: ${bad.join('; ')}`);
    } finally {
      undo();
    }
  }
  if (doc.documentElement.outerHTML !== before) run.violations.push(`${f.site}/${f.slug}: the page was not restored`);
  return run;
}
