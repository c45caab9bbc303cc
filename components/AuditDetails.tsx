/**
 * Below the popup's first screen: how the score is made, the checklist, the weeks of both months and engagement,
 * for the month in view. A separate chunk (components/AuditView.tsx loads it lazily): the first screen renders
 * without it.
 */
import type { RuleSet } from '../lib/audit/rules';
import type { Audit } from '../lib/audit/types';
import type { MonthView } from '../lib/calendar';
import { Checklist } from './Checklist';
import { EngagementCard } from './EngagementCard';
import { ScoreCard } from './ScoreCard';
import { WeekTable } from './WeekTable';
import './details.css';

export interface AuditDetailsProps {
  current: Audit;
  previous: Audit | null;
  view: MonthView;
  /** The audit of the month in view. */
  shown: Audit;
  browserTimeZone: string;
  erTarget: number;
  adsExcluded: boolean;
  /** The rule set in use: named with the score's formula. */
  rules: RuleSet;
  audienceSize: number | null;
  onAudienceSize?: (size: number | null) => void;
}

export function AuditDetails(props: AuditDetailsProps) {
  const { shown } = props;
  return (
    <>
      <ScoreCard
        audit={shown}
        rules={props.rules}
        audienceSize={props.audienceSize}
        onAudienceSize={props.onAudienceSize}
      />
      <Checklist checks={shown.checks} rknThreshold={shown.rkn?.threshold} />
      <WeekTable
        current={props.current}
        previous={props.previous}
        view={props.view}
        browserTimeZone={props.browserTimeZone}
      />
      <EngagementCard audit={shown} target={props.erTarget} adsExcluded={props.adsExcluded} />
    </>
  );
}
