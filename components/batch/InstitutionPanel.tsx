/**
 * In a page's detail: the institution it belongs to (with «Убрать из учреждения»), and for a MAX/Telegram page the
 * form for its figures entered by hand.
 */
import { useMemo } from 'preact/hooks';
import type { ResultRow } from '../../lib/batch/rows';
import { createT } from '../../lib/i18n/index';
import { institutionDicts } from '../../lib/i18n/institutions';
import type { InstitutionRecord, ManualMonth } from '../../lib/institutions/types';
import { lazy } from '../lazy';
import { useBatchI18n } from './i18n';

/** Loaded when a MAX/Telegram page's detail first opens (most lists are VK/OK only). */
const ManualFiguresForm = lazy(() => import('./ManualFiguresForm').then((m) => m.ManualFiguresForm));

export interface InstitutionPanelProps {
  row: ResultRow;
  institution: InstitutionRecord | null;
  months: readonly ManualMonth[];
  initial: { year: number; month: number };
  timeZone: string;
  now: () => Date;
  onSave: (month: ManualMonth) => Promise<boolean>;
  onUngroup: () => void;
}

export function InstitutionPanel(props: InstitutionPanelProps) {
  const { locale } = useBatchI18n();
  const t = useMemo(() => createT(institutionDicts, locale), [locale]);
  const { row, institution } = props;
  return (
    <>
      {institution !== null && (
        <p class="small" data-testid="detail-institution">
          {t('inInstitution', { name: institution.name || t('unnamed') })}{' '}
          <button type="button" class="link" onClick={props.onUngroup}>
            {t('removeFromInstitution')}
          </button>
        </p>
      )}
      {row.source === 'manual' && (
        <ManualFiguresForm
          key={row.key}
          groupKey={row.key}
          site={row.site}
          months={props.months}
          initial={props.initial}
          timeZone={props.timeZone}
          now={props.now}
          onSave={props.onSave}
        />
      )}
    </>
  );
}
