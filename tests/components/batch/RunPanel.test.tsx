// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunPanel, type RunPanelProps } from '../../../components/batch/RunPanel';

afterEach(cleanup);

function renderPanel() {
  const props: RunPanelProps = {
    run: null,
    progress: null,
    busy: false,
    groups: 3,
    pacingMs: 1000,
    dailyCap: 500,
    onRun: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onCancel: vi.fn(),
    onRetryFailed: vi.fn(),
    onPacing: vi.fn(),
    onDailyCap: vi.fn(),
  };
  render(<RunPanel {...props} />);
  return props;
}

describe('RunPanel run options (the shared NumberField)', () => {
  it('shows the pacing in seconds and the daily limit, each under its label', () => {
    renderPanel();
    expect((screen.getByLabelText(/Пауза между запросами/) as HTMLInputElement).value).toBe('1');
    expect((screen.getByLabelText(/Лимит запросов в день/) as HTMLInputElement).value).toBe('500');
  });

  it('passes on committed values within range (seconds to ms, the limit rounded) and ignores the rest', () => {
    const props = renderPanel();
    const pacing = screen.getByLabelText(/Пауза между запросами/);
    const cap = screen.getByLabelText(/Лимит запросов в день/);
    fireEvent.input(pacing, { target: { value: '2.5' } });
    expect(props.onPacing).not.toHaveBeenCalled(); // only a committed value counts
    fireEvent.change(pacing, { target: { value: '2.5' } });
    expect(props.onPacing).toHaveBeenCalledWith(2500);
    fireEvent.change(pacing, { target: { value: '20' } });
    fireEvent.change(pacing, { target: { value: '' } });
    expect(props.onPacing).toHaveBeenCalledTimes(1);
    fireEvent.change(cap, { target: { value: '120.4' } });
    expect(props.onDailyCap).toHaveBeenCalledWith(120);
    fireEvent.change(cap, { target: { value: '5' } });
    expect(props.onDailyCap).toHaveBeenCalledTimes(1);
  });
});
