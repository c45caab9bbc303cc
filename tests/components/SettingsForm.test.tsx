// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, validateSettings } from '../../components/SettingsForm';
import { RULE_PRESETS } from '../../lib/audit/presets';
import { DEFAULT_RULES } from '../../lib/audit/rules';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/ext/settings';

afterEach(cleanup);

const start: Settings = {
  ...DEFAULT_SETTINGS,
  rules: { ...DEFAULT_RULES, timeZone: 'Asia/Yekaterinburg' },
  audienceSizes: { 'vk:1': 1200, 'ok:5': 300 },
};

describe('SettingsForm', () => {
  it('applies the St Petersburg preset but keeps the region zone', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} />);
    fireEvent.change(screen.getByTestId('preset'), { target: { value: 'st-petersburg' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toEqual({ ...RULE_PRESETS['st-petersburg'], timeZone: 'Asia/Yekaterinburg' });
    expect(screen.getByTestId('saved').textContent).toBe('Сохранено');
  });

  it('editing a threshold makes the rule set custom', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} />);
    fireEvent.input(screen.getByTestId('min-posts'), { target: { value: '5' } });
    fireEvent.change(screen.getByTestId('penalty'), { target: { value: 'points' } });
    fireEvent.input(screen.getByTestId('points'), { target: { value: '4' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toMatchObject({
      preset: 'custom',
      minPostsPerWeek: 5,
      penalty: { mode: 'points', pointsPerMissing: 4 },
    });
  });

  it('refuses invalid values with the engine schema and says what is wrong', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} />);
    fireEvent.input(screen.getByTestId('er-target'), { target: { value: '0' } });
    fireEvent.input(screen.getByTestId('pacing'), { target: { value: '10' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    const errors = await screen.findByTestId('errors');
    expect(errors.textContent).toContain('Цель ER, %: недопустимое значение');
    expect(errors.textContent).toContain('от 500 до 10 000 мс');
    // In words: no field names or schema messages.
    expect(errors.textContent).not.toMatch(/erTarget|pacingDelayMs|Too small|expected/i);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('time zones from a Russian list of cities and regions with UTC offsets', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} now={new Date('2026-12-06T12:00:00Z')} />);
    const select = screen.getByTestId('time-zone') as HTMLSelectElement;
    expect(select.value).toBe('Asia/Yekaterinburg');
    expect(select.selectedOptions[0]?.textContent).toMatch(/^UTC\+5 — Екатеринбург: Свердловская, Челябинская/);
    const labels = [...select.options].map((o) => o.textContent ?? '');
    expect(labels.some((l) => l.startsWith('UTC+2 — Калининград'))).toBe(true);
    expect(labels.some((l) => l.startsWith('UTC+12 — Петропавловск-Камчатский'))).toBe(true);
    expect(labels.join(' ')).not.toMatch(/Europe\/|Asia\//);
    fireEvent.change(select, { target: { value: 'Asia/Omsk' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    expect(onSave.mock.calls[0]?.[0].rules.timeZone).toBe('Asia/Omsk');
  });

  it('lists the audience sizes with the group names, never the internal keys', () => {
    render(<SettingsForm settings={start} locale="ru" onSave={() => {}} groupNames={{ 'vk:1': 'Школа № 1' }} />);
    const list = screen.getByTestId('audience-list').textContent ?? '';
    expect(list).toMatch(/Школа № 1 \(vk\.com\/club1\): 1\s200 чел\./);
    expect(list).toContain('ok.ru/group/5: 300 чел.');
    expect(list).not.toContain('vk:1');
  });

  it('resets to the federal rules, removes a group audience size', async () => {
    const onSave = vi.fn();
    render(
      <SettingsForm
        settings={{ ...start, rules: { ...RULE_PRESETS['st-petersburg'], timeZone: 'Asia/Omsk' } }}
        locale="en"
        onSave={onSave}
      />,
    );
    fireEvent.click(screen.getByTestId('reset'));
    const removes = screen.getAllByText('Remove');
    fireEvent.click(removes[0] as HTMLElement);
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toEqual({ ...DEFAULT_RULES, timeZone: 'Asia/Omsk' });
    expect(saved.audienceSizes).toEqual({ 'ok:5': 300 });
  });

  it('applies the Chelyabinsk 2026 preset; the ended-month days change without making it custom', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} />);
    fireEvent.change(screen.getByTestId('preset'), { target: { value: 'chelyabinsk-2026' } });
    expect(screen.getByTestId('penalty-bands')).toBeTruthy();
    expect((screen.getByTestId('er-rounded') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByTestId('round-parts') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('exclude-business-cards') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('item-design') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByTestId('item-cover') as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('Сколько первых дней месяца показывать сначала прошедший месяц')).toBeTruthy();
    fireEvent.input(screen.getByTestId('ended-month-days'), { target: { value: '3' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toEqual({
      ...RULE_PRESETS['chelyabinsk-2026'],
      timeZone: 'Asia/Yekaterinburg',
      endedMonthFirstDays: 3,
    });
  });

  it('edits the v2 fields: items, rounding, a factor table row, «визитка» pages; refuses 29 ended-month days', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="en" onSave={onSave} />);
    fireEvent.click(screen.getByTestId('item-gov-mark'));
    fireEvent.click(screen.getByTestId('item-cover'));
    fireEvent.click(screen.getByTestId('er-rounded'));
    fireEvent.click(screen.getByTestId('round-parts'));
    fireEvent.click(screen.getByTestId('exclude-business-cards'));
    fireEvent.change(screen.getByTestId('penalty'), { target: { value: 'factor-table' } });
    // starts from the Chelyabinsk table, editable
    const bands = screen.getByTestId('penalty-bands');
    const first = bands.querySelector('tbody tr input[type=number]:nth-of-type(1)') as HTMLInputElement;
    expect(first.value).toBe('0');
    const points = bands.querySelectorAll('tbody tr')[0]?.querySelectorAll('input')[1] as HTMLInputElement;
    fireEvent.change(points, { target: { value: '25' } });
    fireEvent.input(screen.getByTestId('bands-source'), { target: { value: 'Order 5 of 2027' } });
    fireEvent.input(screen.getByTestId('ended-month-days'), { target: { value: '29' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    expect((await screen.findByTestId('errors')).textContent).toContain(
      'For how many first days of a month to show the ended month first: not a valid value',
    );
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByTestId('ended-month-days'), { target: { value: '0' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toMatchObject({
      preset: 'custom',
      minRequirementItems: ['avatar', 'description', 'pos-widget', 'gov-mark'],
      achievementFromRoundedEr: false,
      roundParts: true,
      excludeBusinessCards: true,
      endedMonthFirstDays: 0,
      penalty: { mode: 'factor-table', source: 'Order 5 of 2027' },
    });
    expect(saved.rules.penalty.bands[0]).toEqual({ from: 0, points: 25, basis: 'inferred' });
    expect(saved.rules.penalty.bands.length).toBe(RULE_PRESETS['chelyabinsk-2026'].penalty.bands.length);
  });

  it('Sverdlovsk: names the platforms and the source; a changed platform field makes it custom', async () => {
    const onSave = vi.fn();
    render(<SettingsForm settings={start} locale="ru" onSave={onSave} />);
    expect(screen.queryByTestId('platform-rules-source')).toBeNull();
    fireEvent.change(screen.getByTestId('preset'), { target: { value: 'sverdlovsk' } });
    // the platform rules are a chunk of their own, on screen once loaded
    expect((await screen.findByTestId('platform-rules-source')).textContent).toContain('ural-news.net');
    const checked = ['vk', 'ok', 'max', 'telegram'].map(
      (p) => (screen.getByTestId(`expected-${p}`) as HTMLInputElement).checked,
    );
    expect(checked).toEqual([true, true, true, false]);
    expect((screen.getByTestId('max-norm') as HTMLInputElement).value).toBe('3');
    expect((screen.getByTestId('telegram-norm') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('max-link-required') as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByTestId('expected-telegram'), { target: { checked: true } });
    fireEvent.input(screen.getByTestId('telegram-norm'), { target: { value: '2' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    await waitFor(() => expect(onSave).toHaveBeenCalledOnce());
    const saved: Settings = onSave.mock.calls[0]?.[0];
    expect(saved.rules).toEqual({
      ...RULE_PRESETS.sverdlovsk,
      timeZone: 'Asia/Yekaterinburg',
      preset: 'custom',
      expectedPlatforms: ['vk', 'ok', 'max', 'telegram'],
      telegramNorm: 2,
    });
  });

  it('validateSettings accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual([]);
    expect(
      validateSettings({
        ...DEFAULT_SETTINGS,
        rules: { ...DEFAULT_RULES, weights: { frequency: 0, engagement: 0, reach: 0 } },
      }),
    ).not.toEqual([]);
  });
});

describe('audience sizes in the settings', () => {
  it('are listed with the group’s name from the lists, else its address — never the internal key', () => {
    const settings = { ...DEFAULT_SETTINGS, audienceSizes: { 'vk:123456': 20_000, 'ok:777': 1500 } };
    render(
      <SettingsForm settings={settings} locale="ru" onSave={() => {}} groupNames={{ 'vk:123456': 'Школа № 5' }} />,
    );
    const items = screen.getAllByRole('listitem').filter((li) => li.closest('[data-testid="audience-list"]'));
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').replace('Удалить', '').trim())).toEqual([
      'Школа № 5 (vk.com/club123456): 20 000 чел.',
      'ok.ru/group/777: 1 500 чел.',
    ]);
  });
});
