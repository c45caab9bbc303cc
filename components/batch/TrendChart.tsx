/** A small inline SVG: weekly posts (bars, 4 per month, the norm as a line) and ER per month (a line). */
import type { TrendPoint } from '../../lib/batch/trend';
import { formatMonth, formatNumber } from '../../lib/i18n/index';
import { useBatchI18n } from './i18n';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  /** Posts a week needs (the norm line). */
  required: number;
}

const W = 360;
const H = 120;
const PAD = 18;

export function TrendChart({ points, required }: TrendChartProps) {
  const { t, locale } = useBatchI18n();
  if (points.length === 0) return <p class="muted">{t('trendEmpty')}</p>;
  const maxPosts = Math.max(required + 1, ...points.flatMap((p) => p.weeks.map((w) => w ?? 0)));
  const maxEr = Math.max(3, ...points.map((p) => p.er ?? 0));
  const slot = (W - 2 * PAD) / points.length;
  const barW = Math.max(2, slot / 5 - 1);
  const y = (v: number) => H - PAD - (v / maxPosts) * (H - 2 * PAD);
  const yEr = (v: number) => H - PAD - (v / maxEr) * (H - 2 * PAD);
  const erPoints = points
    .map((p, i) => (p.er === null ? null : `${PAD + slot * i + slot / 2},${yEr(p.er).toFixed(1)}`))
    .filter((s): s is string => s !== null);
  return (
    <figure class="trend" data-testid="trend-chart">
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={t('trend')}>
        <line x1={PAD} x2={W - PAD} y1={y(required)} y2={y(required)} class="norm" stroke-dasharray="3 3" />
        {points.map((p, i) =>
          p.weeks.map((w, k) => {
            const x = PAD + slot * i + k * (barW + 1) + slot * 0.1;
            const v = w ?? 0;
            return (
              <rect
                key={`${p.year}-${p.month}-${k}`}
                x={x.toFixed(1)}
                y={y(v).toFixed(1)}
                width={barW.toFixed(1)}
                height={(H - PAD - y(v)).toFixed(1)}
                class={w === null || w < required ? 'bar fail' : 'bar pass'}
              >
                <title>{`${formatMonth(p.year, p.month, locale)}, ${t('weekShort', { n: k + 1 })}: ${w ?? '#Н/Д'}`}</title>
              </rect>
            );
          }),
        )}
        {erPoints.length > 1 && <polyline points={erPoints.join(' ')} class="er" fill="none" />}
        {points.map((p, i) =>
          p.er === null ? null : (
            <circle key={`er-${p.year}-${p.month}`} cx={PAD + slot * i + slot / 2} cy={yEr(p.er)} r={2.5} class="er">
              <title>{`${formatMonth(p.year, p.month, locale)}: ER ${formatNumber(p.er, locale, 2)}%`}</title>
            </circle>
          ),
        )}
        {points.map((p, i) => (
          <text
            key={`m-${p.year}-${p.month}`}
            x={PAD + slot * i + slot / 2}
            y={H - 4}
            text-anchor="middle"
            class="axis"
          >
            {formatMonth(p.year, p.month, locale).split(' ')[0]?.slice(0, 3)}
          </text>
        ))}
      </svg>
      <figcaption class="muted small">
        ▮ {t('trendPosts')} · ● {t('trendEr')}
      </figcaption>
    </figure>
  );
}
