/** The whole audit of one community page: header, warnings, checklist, weeks, score, engagement, description, diagnostics. */
import type { ComponentChildren } from 'preact';
import type { RuleSet } from '../lib/audit/rules';
import type { Audit } from '../lib/audit/types';
import type { CollectState } from '../lib/ext/messaging';
import type { CommunityPage } from '../lib/types';
import { Checklist } from './Checklist';
import { EngagementCard } from './EngagementCard';
import { Header } from './Header';
import { lazy } from './lazy';
import { ScoreCard } from './ScoreCard';
import { collectWarnings, Warnings } from './Warnings';
import { ThisWeek, WeekTable } from './WeekTable';

/** The description advice (not scored) loads after the first render: a separate chunk, with its texts. */
const DescriptionAdvice = lazy(() => import('./DescriptionAdvice').then((m) => m.DescriptionAdvice));

/** The diagnostics view (one click away, open by itself only on an unrecognised layout) is a separate chunk. */
const Diagnostics = lazy(() => import('./Diagnostics').then((m) => m.Diagnostics));

export interface AuditViewProps {
  page: CommunityPage;
  current: Audit;
  previous: Audit | null;
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
  const warnings = collectWarnings({ page, audit: current, collect, now: props.now });
  return (
    <div class="audit" data-testid="audit">
      <Header
        page={page}
        readAt={props.readAt}
        timeZone={current.timeZone}
        cutoff={props.cutoff}
        collect={collect}
        onCollect={props.onCollect}
      />
      <ThisWeek audit={current} browserTimeZone={props.browserTimeZone} />
      <Warnings warnings={warnings} />
      <ScoreCard
        audit={current}
        rules={props.rules}
        audienceSize={props.audienceSize}
        onAudienceSize={props.onAudienceSize}
      />
      <Checklist checks={current.checks} rknThreshold={current.rkn?.threshold} />
      <WeekTable current={current} previous={previous} browserTimeZone={props.browserTimeZone} />
      <EngagementCard audit={current} target={props.erTarget} adsExcluded={props.adsExcluded} />
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
