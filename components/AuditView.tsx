/**
 * The whole audit of one community page. The first screen (420 × 600) answers the official's questions: the month
 * switch and the verdict for the month in view, this week's deadline, and what to fix. Everything else is below:
 * the tips, how the score is made, the checklist, the weeks of both months, engagement, description advice, the
 * embedded panels (children) and the diagnostics.
 */
import type { ComponentChildren } from 'preact';
import type { RuleSet } from '../lib/audit/rules';
import type { Audit } from '../lib/audit/types';
import type { MonthView } from '../lib/calendar';
import type { CollectState } from '../lib/ext/messaging';
import type { CommunityPage } from '../lib/types';
import { Header } from './Header';
import { lazy } from './lazy';
import { ThisWeek } from './ThisWeek';
import { collectProblems, TopProblems } from './TopProblems';
import { MonthSwitch, Verdict } from './Verdict';
import { collectWarnings, Warnings } from './Warnings';

/** Everything below the first screen (score breakdown, checklist, weeks, engagement): a chunk loaded after it. */
const AuditDetails = lazy(() => import('./AuditDetails').then((m) => m.AuditDetails));

/** The description advice (not scored) loads after the first render: a separate chunk, with its texts. */
const DescriptionAdvice = lazy(() => import('./DescriptionAdvice').then((m) => m.DescriptionAdvice));

/** The diagnostics view (one click away, open by itself only on an unrecognised layout) is a separate chunk. */
const Diagnostics = lazy(() => import('./Diagnostics').then((m) => m.Diagnostics));

export interface AuditViewProps {
  page: CommunityPage;
  current: Audit;
  previous: Audit | null;
  /** The month in view (default: this month); `onView` switches (shown when `previous` is known). */
  view?: MonthView;
  onView?: (view: MonthView) => void;
  collect: CollectState;
  readMs: number | null;
  readAt: string;
  now: Date;
  /** ISO instant posts are needed back to. */
  cutoff: string;
  browserTimeZone: string;
  erTarget: number;
  adsExcluded: boolean;
  /** The rule set in use: named with the score's formula. */
  rules: RuleSet;
  audienceSize: number | null;
  onAudienceSize?: (size: number | null) => void;
  onCollect?: () => void;
  onSnapshot?: () => void;
  snapshotError?: boolean;
  /** Actions and embedded panels (add to list, planning calendar, exports). */
  children?: ComponentChildren;
}

export function AuditView(props: AuditViewProps) {
  const { page, current, previous, collect } = props;
  const view: MonthView = previous && props.view === 'previous' ? 'previous' : 'current';
  const shown = view === 'previous' && previous ? previous : current;
  const input = { page, audit: shown, collect, now: props.now };
  const problems = collectProblems(input);
  const tips = collectWarnings(input).filter((w) => w.severity === 'info');
  return (
    <div class="audit" data-testid="audit" data-view={view}>
      <Header
        page={page}
        readAt={props.readAt}
        timeZone={current.timeZone}
        cutoff={props.cutoff}
        collect={collect}
        onCollect={props.onCollect}
      />
      {previous && props.onView && (
        <MonthSwitch current={current} previous={previous} view={view} onView={props.onView} />
      )}
      <Verdict audit={shown} view={view} canSetAudience={!!props.onAudienceSize} />
      <ThisWeek audit={current} browserTimeZone={props.browserTimeZone} />
      <TopProblems problems={problems} audit={shown} />
      <Warnings warnings={tips} />
      <AuditDetails
        current={current}
        previous={previous}
        view={view}
        shown={shown}
        browserTimeZone={props.browserTimeZone}
        erTarget={props.erTarget}
        adsExcluded={props.adsExcluded}
        rules={props.rules}
        audienceSize={props.audienceSize}
        onAudienceSize={props.onAudienceSize}
      />
      <DescriptionAdvice text={page.descriptionText} complete={page.descriptionComplete} />
      {props.children}
      <Diagnostics
        page={page}
        readMs={props.readMs}
        open={page.layout === 'unknown'}
        onSnapshot={props.onSnapshot}
        snapshotError={props.snapshotError}
      />
    </div>
  );
}
