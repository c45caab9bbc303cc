// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm, validateSettings } from '../../components/SettingsForm';
import { DEFAULT_RULES, RULE_PRESETS } from '../../lib/audit/rules';
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
    fireEvent.input(screen.getByTestId('time-zone'), { target: { value: 'Mars/Olympus' } });
    fireEvent.input(screen.getByTestId('pacing'), { target: { value: '10' } });
    fireEvent.submit(screen.getByTestId('settings-form'));
    const errors = await screen.findByTestId('errors');
    expect(errors.textContent).toContain('timeZone');
    expect(errors.textContent).toContain('pacingDelayMs');
    expect(onSave).not.toHaveBeenCalled();
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
