/**
 * Panels of other features embedded in the popup: the planning calendar and the export buttons. Loaded after the
 * audit is on screen (separate chunks), so they cost nothing on the popup's first render.
 */

import { useEffect, useState } from 'preact/hooks';
import type { PlanningCalendar } from '../../components/planning/PlanningCalendar';
import type { ExportButtons } from '../../components/report/ExportButtons';
import { requiredPostsPerWeek } from '../../lib/audit/rules';
import type { Audit } from '../../lib/audit/types';
import { downloadBlob } from '../../lib/export/download';
import { groupKey, type Settings } from '../../lib/ext/settings';
import type { Locale } from '../../lib/i18n/index';
import type { CommunityPage } from '../../lib/types';

export interface ExtrasProps {
  page: CommunityPage;
  /** This month's audit (the planning calendar plans the running month). */
  audit: Audit;
  /** The audit of the month in view in the popup: what the exports export. */
  shown: Audit;
  settings: Settings;
  locale: Locale;
  now: Date;
  readAt: string;
}

interface Loaded {
  Planning: typeof PlanningCalendar;
  Exports: typeof ExportButtons;
}

export function PopupExtras({ page, audit, shown, settings, locale, now, readAt }: ExtrasProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let alive = true;
    Promise.all([import('../../components/planning/PlanningCalendar'), import('../../components/report/ExportButtons')])
      .then(([planning, exports]) => {
        if (alive) setLoaded({ Planning: planning.PlanningCalendar, Exports: exports.ExportButtons });
      })
      .catch(() => {});
    return () => {
      alive = false;
    };
  }, []);
  if (!loaded) return null;
  const { Planning, Exports } = loaded;
  const timeZone = settings.rules.timeZone;
  const key = groupKey(page);
  return (
    <>
      <section class="card" data-testid="planning">
        <Planning
          now={now}
          timeZone={timeZone}
          audit={audit}
          requiredPerWeek={requiredPostsPerWeek(settings.rules)}
          locale={locale}
          compact
        />
      </section>
      <section class="card" data-testid="exports">
        <Exports
          locale={locale}
          now={() => new Date()}
          download={(blob, name) => downloadBlob(blob, name)}
          copy={(text: string) => navigator.clipboard.writeText(text)}
          getData={async () => ({
            rules: settings.rules,
            meta: {
              listName: page.name ?? page.url,
              period: { year: shown.month.year, month: shown.month.month },
              generatedAt: new Date().toISOString(),
              timeZone,
            },
            rows: [
              {
                group: {
                  name: page.name ?? page.url,
                  url: page.url,
                  site: page.site,
                  members: page.members,
                  audienceSize: key ? (settings.audienceSizes[key] ?? null) : null,
                },
                page,
                audit: shown,
                readStatus: page.partial ? 'partial' : 'complete',
                checkedAt: readAt,
              },
            ],
          })}
        />
      </section>
    </>
  );
}
