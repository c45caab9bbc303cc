/**
 * Screenshots of the popup's first screen (420 × 600) for the cases of scripts/demo/cases.ts, each at its fixed
 * instant (`?now=`, honoured by the e2e build that `npm start -- --headless` uses), with the audit as JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Extension } from '../../tests/e2e/harness';
import type { FixtureServer } from '../../tests/e2e/server';
import { POPUP_CASES } from './cases';

export const POPUP_SIZE = { width: 420, height: 600 };

export async function shootPopupCases(ext: Extension, server: FixtureServer, outDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const c of POPUP_CASES) {
    const url = new URL(c.url);
    server.route(url.hostname, url.pathname, { body: c.html });
    const tab = await ext.context.newPage();
    await tab.goto(c.url);
    const popup = await ext.openPopupFor(tab, `&now=${encodeURIComponent(c.now)}&collect=off`);
    await popup.setViewportSize(POPUP_SIZE);
    await popup.getByTestId('verdict').waitFor({ timeout: 30_000 });
    const tz = popup.getByTestId('tz-question');
    if (await tz.isVisible().catch(() => false)) await tz.locator('button[type="submit"]').click();
    await tz.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
    const file = `popup-case-${c.slug}.png`;
    await popup.screenshot({ path: join(outDir, file) });
    const audit = await popup.evaluate(() => (globalThis as { gpAudit?: unknown }).gpAudit ?? null);
    writeFileSync(join(outDir, `audit-case-${c.slug}.json`), `${JSON.stringify(audit, null, 2)}\n`);
    files.push(file);
    await popup.close();
    await tab.close();
  }
  return files;
}
