/**
 * Run / pause / resume / stop, the progress with counts and time left, and what to do when the site blocks. One line
 * when nothing runs (the pacing and the daily limit fold into «Параметры проверки»); the bar while a run is on.
 */
import type { Run, RunProgress } from '../../lib/batch/state';
import { formatDuration } from '../../lib/i18n/batch';
import { NumberField } from '../NumberField';
import { useBatchI18n } from './i18n';

export interface RunPanelProps {
  run: Run | null;
  progress: RunProgress | null;
  /** The runner is working in this page right now. */
  busy: boolean;
  groups: number;
  pacingMs: number;
  dailyCap: number;
  onRun: () => void;
  onPause: () => void;
  onResume: () => void;
  onCancel: () => void;
  onRetryFailed: () => void;
  onPacing: (ms: number) => void;
  onDailyCap: (cap: number) => void;
}

export function RunPanel(props: RunPanelProps) {
  const { t } = useBatchI18n();
  const { run, progress } = props;
  const active = run !== null && (run.state === 'running' || run.state === 'paused' || run.state === 'needs-user');
  const percent = progress && progress.total > 0 ? ((progress.done + progress.failed) / progress.total) * 100 : 0;
  return (
    <section class="run-panel" data-testid="run-panel" data-state={run?.state ?? 'none'}>
      <div class="row">
        {!active && (
          <button type="button" class="primary" disabled={props.groups === 0} onClick={props.onRun} data-testid="run">
            {run === null ? t('run') : t('runAgain')}
          </button>
        )}
        {active && props.busy && (
          <button type="button" onClick={props.onPause} data-testid="pause">
            {t('pause')}
          </button>
        )}
        {active && !props.busy && (
          <button type="button" class="primary" onClick={props.onResume} data-testid="resume">
            {t('resume')}
          </button>
        )}
        {active && (
          <button type="button" onClick={props.onCancel} data-testid="cancel">
            {t('stop')}
          </button>
        )}
        {run !== null && !props.busy && progress !== null && progress.failed > 0 && (
          <button type="button" onClick={props.onRetryFailed} data-testid="retry-failed">
            {t('retryFailed')}
          </button>
        )}
        {run !== null && progress !== null && (
          <span class="run-status" role="status">
            <strong>{t(`state.${run.state}`)}.</strong>{' '}
            <span data-testid="progress-text">
              {t('progress', { done: progress.done + progress.failed, total: progress.total })}
            </span>
            {progress.failed > 0 && <span>, {t('progressFailed', { n: progress.failed })}</span>}
            {run.state === 'running' && progress.msLeft !== null && progress.pending > 0 && (
              <span>, {t('timeLeft', { time: formatDuration(progress.msLeft, t) })}</span>
            )}
          </span>
        )}
        <details class="run-options small">
          <summary>{t('runOptions')}</summary>
          <NumberField
            label={t('pacing')}
            min={0.5}
            max={10}
            step={0.5}
            value={props.pacingMs / 1000}
            commitOn="change"
            onChange={(value) => {
              if (Number.isFinite(value) && value >= 0.5 && value <= 10) props.onPacing(Math.round(value * 1000));
            }}
          />{' '}
          <NumberField
            label={t('dailyCap')}
            min={10}
            max={100000}
            step={10}
            value={props.dailyCap}
            commitOn="change"
            onChange={(typed) => {
              const value = Math.round(typed);
              if (Number.isFinite(value) && value >= 10 && value <= 100_000) props.onDailyCap(value);
            }}
          />
        </details>
      </div>
      {run !== null && progress !== null && active && (
        <div class="progress">
          <div
            class="bar"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={progress.total}
            aria-valuenow={progress.done + progress.failed}
          >
            <div class="fill" style={{ width: `${percent.toFixed(1)}%` }} />
          </div>
        </div>
      )}
      {run !== null && run.pauseReason !== null && run.state !== 'running' && (
        <p class={run.state === 'needs-user' ? 'warn' : 'muted'} data-testid="pause-reason">
          {t(`pause.${run.pauseReason}`, { cap: props.dailyCap })}{' '}
          {run.blockedUrl !== null && (
            <a href={run.blockedUrl} target="_blank" rel="noreferrer noopener">
              {t('openBlocked')}
            </a>
          )}
        </p>
      )}
    </section>
  );
}
