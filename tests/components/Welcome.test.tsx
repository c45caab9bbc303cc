// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Welcome } from '../../components/Welcome';
import { registerWelcome } from '../../lib/ext/welcome';

afterEach(cleanup);

describe('the first-run page', () => {
  it('explains the three things to do, with the ways into the lists and the reminder settings', () => {
    render(
      <Welcome
        locale="ru"
        listsUrl="chrome-extension://x/batch.html"
        settingsUrl="chrome-extension://x/options.html#reminders"
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Аудит госпабликов: с чего начать');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Проверьте свою группу',
      'Соберите список подведомственных страниц',
      'Включите напоминания',
    ]);
    expect(screen.getByTestId('welcome-lists').getAttribute('href')).toBe('chrome-extension://x/batch.html');
    expect(screen.getByTestId('welcome-settings').getAttribute('href')).toBe(
      'chrome-extension://x/options.html#reminders',
    );
    expect(screen.getByTestId('step-reminders').textContent).toContain('Следить за группой');
  });

  it('speaks English', () => {
    render(<Welcome locale="en" listsUrl="l" settingsUrl="s" />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gospabliki audit: getting started');
  });
});

describe('registerWelcome', () => {
  it('opens the page once on install, never on an update', async () => {
    fakeBrowser.reset();
    registerWelcome();
    const welcome = browser.runtime.getURL('/welcome.html' as '/popup.html');
    const opened = async () => (await browser.tabs.query({})).filter((t) => t.url === welcome).length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await fakeBrowser.runtime.onStartup.trigger();
    expect(await opened()).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    await vi.waitFor(async () => expect(await opened()).toBe(1));
  });
});
