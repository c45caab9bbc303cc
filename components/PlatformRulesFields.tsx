/**
 * The settings form's part for institutions across platforms (rule set v3, docs/institutions.md): the platforms every
 * institution must be on, MAX's and Telegram's weekly norms (posts entered by hand), the link to the MAX channel on
 * the VK/OK pages and «MAX first»; for a regional preset, where its rules come from. A chunk of its own (with its
 * texts, lib/i18n/platform-rules.ts), loaded by the settings form after the rest is on screen.
 */
import { useMemo } from 'preact/hooks';
import type { RuleSet } from '../lib/audit/rules';
import { createT, type Locale } from '../lib/i18n/index';
import { platformRulesDicts } from '../lib/i18n/platform-rules';
import { PLATFORMS } from '../lib/types';
import { CheckField } from './CheckField';

export interface PlatformRulesFieldsProps {
  rules: RuleSet;
  locale: Locale;
  onChange: (patch: Partial<RuleSet>) => void;
}

const REGIONAL: ReadonlySet<string> = new Set(['bashkortostan', 'sverdlovsk']);

/** A weekly norm of its own: empty = the VK/OK norm. */
function NormField(props: {
  id: string;
  label: string;
  hint: string;
  norm: number | null;
  onChange: (n: number | null) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="number"
        min={0}
        step={1}
        data-testid={props.id}
        placeholder={props.hint}
        value={props.norm ?? ''}
        onInput={(e) => {
          const raw = (e.currentTarget as HTMLInputElement).value.trim();
          // a wrong number is kept as typed and named by the form's validation (RuleSetSchema) on save
          props.onChange(raw === '' ? null : Number(raw));
        }}
      />
    </label>
  );
}

export function PlatformRulesFields({ rules, locale, onChange }: PlatformRulesFieldsProps) {
  const t = useMemo(() => createT(platformRulesDicts, locale), [locale]);
  return (
    <fieldset data-testid="platform-rules">
      <legend>{t('opt.platforms')}</legend>
      {REGIONAL.has(rules.preset) && (
        <p class="muted" data-testid="platform-rules-source">
          {t(`opt.source.${rules.preset as 'bashkortostan'}`)}
        </p>
      )}
      <p class="muted">{t('opt.platformsHint')}</p>
      <div data-testid="expected-platforms">
        {PLATFORMS.map((p) => (
          <CheckField
            key={p}
            id={`expected-${p}`}
            label={t(`opt.platform.${p}`)}
            checked={rules.expectedPlatforms.includes(p)}
            onChange={(on) =>
              onChange({
                expectedPlatforms: PLATFORMS.filter((x) => (x === p ? on : rules.expectedPlatforms.includes(x))),
              })
            }
          />
        ))}
      </div>
      <NormField
        id="max-norm"
        label={t('opt.maxNorm')}
        hint={t('opt.normAsVkOk')}
        norm={rules.maxNorm}
        onChange={(maxNorm) => onChange({ maxNorm })}
      />
      <NormField
        id="telegram-norm"
        label={t('opt.telegramNorm')}
        hint={t('opt.normAsVkOk')}
        norm={rules.telegramNorm}
        onChange={(telegramNorm) => onChange({ telegramNorm })}
      />
      <CheckField
        id="max-link-required"
        label={t('opt.maxLinkRequired')}
        checked={rules.maxLinkRequired}
        onChange={(maxLinkRequired) => onChange({ maxLinkRequired })}
      />
      <CheckField
        id="max-first"
        label={t('opt.maxFirst')}
        checked={rules.maxFirst}
        onChange={(maxFirst) => onChange({ maxFirst })}
      />
      {rules.maxFirst && <p class="muted">{t('opt.maxFirstHint')}</p>}
    </fieldset>
  );
}
