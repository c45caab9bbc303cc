/**
 * The settings page form: the rule set (preset, time zone, weekly norm, weights, targets, rounding, requirement
 * items, penalty rule and its factor table, «визитка» pages, the days the ended month is shown first), the pacing
 * delay and the audience size entered per group. Validated with the engine's RuleSetSchema before saving.
 */
import { useEffect, useState } from 'preact/hooks';
import { RULE_PRESETS } from '../lib/audit/presets';
import {
  DEFAULT_RULES,
  MIN_REQUIREMENT_ITEMS,
  type PenaltyBand,
  type RulePresetId,
  type RuleSet,
  RuleSetSchema,
} from '../lib/audit/rules';
import { PacingSchema, type Settings } from '../lib/ext/settings';
import { createT, formatNumber, type Locale } from '../lib/i18n/index';
import { type OptionsKey, optionsDicts } from '../lib/i18n/options';
import { zoneOptions } from '../lib/i18n/time-zone-list';
import { CheckField } from './CheckField';
import { NumberField } from './NumberField';
import type { PlatformRulesFields as PlatformRulesFieldsType } from './PlatformRulesFields';

export interface SettingsFormProps {
  settings: Settings;
  locale: Locale;
  onSave: (settings: Settings) => Promise<void> | void;
  /** Names of the groups the audience sizes are kept for, by their key (`vk:123`), from the lists. */
  groupNames?: Readonly<Record<string, string>>;
  /** The instant the zones' UTC offsets are given for (default: now). */
  now?: Date;
}

/** `vk:123` → «vk.com/club123», `ok:45` → «ok.ru/group/45»: the group's address where its name is not known. */
export function groupAddress(key: string): string {
  const [site, id] = key.split(':');
  if (site === 'vk' && id !== undefined) return id.startsWith('@') ? `vk.com/${id.slice(1)}` : `vk.com/club${id}`;
  if (site === 'ok' && id !== undefined) return id.startsWith('@') ? `ok.ru/${id.slice(1)}` : `ok.ru/group/${id}`;
  return key;
}

/** The field of the form a rule-set path belongs to (its label names the problem in the user's words). */
const FIELD_OF: Record<string, OptionsKey> = {
  timeZone: 'opt.timeZone',
  minPostsPerWeek: 'opt.minPosts',
  postsComparison: 'opt.comparison',
  weights: 'opt.weights',
  erTarget: 'opt.erTarget',
  reachPassPercent: 'opt.reachPass',
  minRequirementItems: 'opt.items',
  penalty: 'opt.penalty',
  endedMonthFirstDays: 'opt.endedMonthFirstDays',
};

/** Validates the edited settings: the problems in words (field and what is wrong), empty when they can be saved. */
export function validateSettings(s: Settings, locale: Locale = 'ru'): string[] {
  const t = createT(optionsDicts, locale) as (key: OptionsKey, p?: Record<string, string | number>) => string;
  const errors = new Set<string>();
  const rules = RuleSetSchema.safeParse(s.rules);
  if (!rules.success) {
    for (const issue of rules.error.issues) {
      const field = FIELD_OF[String(issue.path[0] ?? '')] ?? 'opt.rules';
      errors.add(`${t(field)}: ${t(field === 'opt.weights' ? 'opt.error.weights' : 'opt.error.value')}`);
    }
  }
  if (!PacingSchema.safeParse(s.pacingDelayMs).success) errors.add(`${t('opt.pacing')}: ${t('opt.error.pacing')}`);
  return [...errors];
}

/** The factor table: one row per band (from which factor, points off, published or inferred), and its source. */
function BandsEditor(props: {
  bands: readonly PenaltyBand[];
  source: string;
  t: (key: OptionsKey) => string;
  onChange: (bands: PenaltyBand[], source: string) => void;
}) {
  const { t, bands } = props;
  const set = (i: number, patch: Partial<PenaltyBand>) =>
    props.onChange(
      bands.map((b, j) => (j === i ? { ...b, ...patch } : b)),
      props.source,
    );
  const input = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
  return (
    <fieldset data-testid="penalty-bands">
      <legend>{t('opt.bands')}</legend>
      <p class="muted">{t('opt.bandsHint')}</p>
      <table class="bands">
        <thead>
          <tr>
            <th scope="col">{t('opt.band.from')}</th>
            <th scope="col">{t('opt.band.points')}</th>
            <th scope="col">{t('opt.band.basis')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {bands.map((b, i) => (
            <tr key={`${i}-${b.from}`}>
              <td>
                <input
                  type="number"
                  step={0.01}
                  min={0}
                  max={1}
                  value={b.from}
                  aria-label={t('opt.band.from')}
                  onChange={(e) => set(i, { from: input(e) })}
                />
              </td>
              <td>
                <input
                  type="number"
                  step={1}
                  min={0}
                  max={100}
                  value={b.points}
                  aria-label={t('opt.band.points')}
                  onChange={(e) => set(i, { points: input(e) })}
                />
              </td>
              <td>
                <select
                  value={b.basis}
                  aria-label={t('opt.band.basis')}
                  onChange={(e) =>
                    set(i, {
                      basis: (e.currentTarget as HTMLSelectElement).value === 'published' ? 'published' : 'inferred',
                    })
                  }
                >
                  <option value="published">{t('opt.band.published')}</option>
                  <option value="inferred">{t('opt.band.inferred')}</option>
                </select>
              </td>
              <td>
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    props.onChange(
                      bands.filter((_, j) => j !== i),
                      props.source,
                    )
                  }
                >
                  {t('opt.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        data-testid="add-band"
        onClick={() => {
          const last = bands[bands.length - 1];
          const from = last === undefined ? 0 : Math.min(1, Math.round((last.from + 0.01) * 100) / 100);
          props.onChange([...bands, { from, points: 0, basis: 'inferred' }], props.source);
        }}
      >
        {t('opt.band.add')}
      </button>
      <label class="field">
        <span>{t('opt.bandsSource')}</span>
        <input
          data-testid="bands-source"
          value={props.source}
          maxLength={500}
          onInput={(e) => props.onChange([...bands], (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </fieldset>
  );
}

const PENALTY_MODES = ['multiplier', 'points', 'factor-table'] as const;

export function SettingsForm({ settings, locale, onSave, groupNames = {}, now = new Date() }: SettingsFormProps) {
  const t = createT(optionsDicts, locale) as (key: OptionsKey, p?: Record<string, string | number>) => string;
  const [draft, setDraft] = useState<Settings>(settings);
  const [errors, setErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  // The platform rules (rule set v3) load after the rest is on screen: the settings page's first load stays small.
  // A plain dynamic import, not components/lazy.tsx: sharing that module would split it into a chunk of the popup's.
  const [PlatformRulesFields, setPlatformRules] = useState<typeof PlatformRulesFieldsType | null>(null);
  useEffect(() => {
    import('./PlatformRulesFields').then((m) => setPlatformRules(() => m.PlatformRulesFields));
  }, []);
  const rules = draft.rules;
  const setRules = (patch: Partial<RuleSet>, keepPreset = false) => {
    setSaved(false);
    setDraft({ ...draft, rules: { ...rules, ...patch, ...(keepPreset ? {} : { preset: 'custom' as const }) } });
  };
  const applyPreset = (id: RulePresetId) => {
    if (id === 'custom') return setRules({}, false);
    setRules({ ...RULE_PRESETS[id], timeZone: rules.timeZone }, true);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const problems = validateSettings(draft, locale);
    setErrors(problems);
    if (problems.length > 0) return;
    await onSave(draft);
    setSaved(true);
  };
  const audience = Object.entries(draft.audienceSizes);
  /** A group the lists do not name: «группа ВКонтакте № 123456». */
  return (
    <form class="settings" onSubmit={submit} data-testid="settings-form">
      <h1>{t('opt.title')}</h1>
      <fieldset>
        <legend>{t('opt.rules')}</legend>
        <label class="field">
          <span>{t('opt.preset')}</span>
          <select
            data-testid="preset"
            value={rules.preset}
            onChange={(e) => applyPreset((e.currentTarget as HTMLSelectElement).value as RulePresetId)}
          >
            <option value="federal">{t('opt.preset.federal')}</option>
            <option value="st-petersburg">{t('opt.preset.st-petersburg')}</option>
            <option value="chelyabinsk-2026">{t('opt.preset.chelyabinsk-2026')}</option>
            <option value="bashkortostan">{t('opt.preset.bashkortostan')}</option>
            <option value="sverdlovsk">{t('opt.preset.sverdlovsk')}</option>
            <option value="custom">{t('opt.preset.custom')}</option>
          </select>
        </label>
        <label class="field">
          <span>{t('opt.timeZone')}</span>
          <select
            data-testid="time-zone"
            value={rules.timeZone}
            onChange={(e) => setRules({ timeZone: (e.currentTarget as HTMLSelectElement).value }, true)}
          >
            {zoneOptions(now, locale, [settings.rules.timeZone]).map((o) => (
              <option key={o.zone} value={o.zone}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
        <NumberField
          class="field"
          testId="min-posts"
          label={t('opt.minPosts')}
          value={rules.minPostsPerWeek}
          onChange={(v) => setRules({ minPostsPerWeek: v })}
        />
        <label class="field">
          <span>{t('opt.comparison')}</span>
          <select
            data-testid="comparison"
            value={rules.postsComparison}
            onChange={(e) =>
              setRules({ postsComparison: (e.currentTarget as HTMLSelectElement).value === '>' ? '>' : '>=' })
            }
          >
            <option value=">=">{t('opt.comparison.gte')}</option>
            <option value=">">{t('opt.comparison.gt')}</option>
          </select>
        </label>
        <CheckField
          id="count-reposts"
          label={t('opt.countReposts')}
          checked={rules.countReposts}
          onChange={(v) => setRules({ countReposts: v })}
        />
        <CheckField
          id="count-ads"
          label={t('opt.countAds')}
          checked={rules.countAdPosts}
          onChange={(v) => setRules({ countAdPosts: v })}
        />
        <CheckField
          id="exclude-business-cards"
          label={t('opt.excludeBusinessCards')}
          checked={rules.excludeBusinessCards}
          onChange={(v) => setRules({ excludeBusinessCards: v })}
        />
        <fieldset>
          <legend>{t('opt.weights')}</legend>
          {(['frequency', 'engagement', 'reach'] as const).map((k) => (
            <NumberField
              class="field"
              key={k}
              testId={`weight-${k}`}
              label={t(`opt.weight.${k}`)}
              value={rules.weights[k]}
              onChange={(v) => setRules({ weights: { ...rules.weights, [k]: v } })}
            />
          ))}
        </fieldset>
        <NumberField
          class="field"
          testId="er-target"
          label={t('opt.erTarget')}
          value={rules.erTarget}
          step={0.1}
          onChange={(v) => setRules({ erTarget: v })}
        />
        <CheckField
          id="er-rounded"
          label={t('opt.erRounded')}
          checked={rules.achievementFromRoundedEr}
          onChange={(v) => setRules({ achievementFromRoundedEr: v })}
        />
        <CheckField
          id="round-parts"
          label={t('opt.roundParts')}
          checked={rules.roundParts}
          onChange={(v) => setRules({ roundParts: v })}
        />
        <NumberField
          class="field"
          testId="reach-pass"
          label={t('opt.reachPass')}
          value={rules.reachPassPercent}
          onChange={(v) => setRules({ reachPassPercent: v })}
        />
        <fieldset data-testid="requirement-items">
          <legend>{t('opt.items')}</legend>
          {MIN_REQUIREMENT_ITEMS.map((item) => (
            <CheckField
              key={item}
              id={`item-${item}`}
              label={t(`opt.item.${item}`)}
              checked={rules.minRequirementItems.includes(item)}
              onChange={(on) =>
                setRules({
                  minRequirementItems: MIN_REQUIREMENT_ITEMS.filter((i) =>
                    i === item ? on : rules.minRequirementItems.includes(i),
                  ),
                })
              }
            />
          ))}
        </fieldset>
        <label class="field">
          <span>{t('opt.penalty')}</span>
          <select
            data-testid="penalty"
            value={rules.penalty.mode}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              const mode = PENALTY_MODES.find((m) => m === value) ?? 'multiplier';
              // A factor table starts from the Chelyabinsk one, which the user can then edit.
              const bands =
                mode === 'factor-table' && rules.penalty.bands.length === 0
                  ? RULE_PRESETS['chelyabinsk-2026'].penalty.bands
                  : rules.penalty.bands;
              const source =
                bands === rules.penalty.bands ? rules.penalty.source : RULE_PRESETS['chelyabinsk-2026'].penalty.source;
              setRules({ penalty: { ...rules.penalty, mode, bands: [...bands], source } });
            }}
          >
            <option value="multiplier">{t('opt.penalty.multiplier')}</option>
            <option value="points">{t('opt.penalty.points')}</option>
            <option value="factor-table">{t('opt.penalty.factor-table')}</option>
          </select>
        </label>
        {rules.penalty.mode === 'points' && (
          <NumberField
            class="field"
            testId="points"
            label={t('opt.pointsPerMissing')}
            value={rules.penalty.pointsPerMissing}
            onChange={(v) => setRules({ penalty: { ...rules.penalty, pointsPerMissing: v } })}
          />
        )}
        {rules.penalty.mode === 'factor-table' && (
          <BandsEditor
            bands={rules.penalty.bands}
            source={rules.penalty.source}
            t={t}
            onChange={(bands, source) => setRules({ penalty: { ...rules.penalty, bands, source } })}
          />
        )}
        <NumberField
          class="field"
          testId="ended-month-days"
          label={t('opt.endedMonthFirstDays')}
          value={rules.endedMonthFirstDays}
          min={0}
          max={28}
          onChange={(v) => setRules({ endedMonthFirstDays: v }, true)}
        />
        <p class="muted">{t('opt.endedMonthFirstDaysHint')}</p>
      </fieldset>
      {PlatformRulesFields && (
        <PlatformRulesFields rules={rules} locale={locale} onChange={(patch) => setRules(patch)} />
      )}
      <fieldset>
        <legend>{t('opt.collecting')}</legend>
        <NumberField
          class="field"
          testId="pacing"
          label={t('opt.pacing')}
          value={draft.pacingDelayMs}
          step={100}
          onChange={(v) => {
            setSaved(false);
            setDraft({ ...draft, pacingDelayMs: v });
          }}
        />
        <p class="muted">{t('opt.pacingHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('opt.audience')}</legend>
        {audience.length === 0 ? (
          <p class="muted">{t('opt.audienceEmpty')}</p>
        ) : (
          <ul data-testid="audience-list">
            {audience.map(([key, size]) => (
              <li key={key} data-key={key}>
                {groupNames[key] !== undefined ? (
                  <>
                    {groupNames[key]} <span class="muted">({groupAddress(key)})</span>
                  </>
                ) : (
                  groupAddress(key)
                )}
                : {t('opt.audienceSize', { size: formatNumber(size, locale) })}{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() => {
                    const audienceSizes = { ...draft.audienceSizes };
                    delete audienceSizes[key];
                    setSaved(false);
                    setDraft({ ...draft, audienceSizes });
                  }}
                >
                  {t('opt.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {errors.length > 0 && (
        <div class="errors" role="alert" data-testid="errors">
          <p>{t('opt.invalid')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="buttons">
        <button type="submit" data-testid="save">
          {t('opt.save')}
        </button>{' '}
        <button
          type="button"
          data-testid="reset"
          onClick={() => {
            setSaved(false);
            setErrors([]);
            setDraft({ ...draft, rules: { ...DEFAULT_RULES, timeZone: rules.timeZone } });
          }}
        >
          {t('opt.reset')}
        </button>{' '}
        {saved && <span data-testid="saved">{t('opt.saved')}</span>}
      </p>
    </form>
  );
}
