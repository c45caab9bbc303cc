/**
 * The first-run page: opened once, when the extension is installed (not on an update or a browser start), so a new
 * user learns the three things to do (entrypoints/welcome). Wired by entrypoints/background.ts.
 */
import { browser } from 'wxt/browser';

export const WELCOME_PATH = '/welcome.html';

export function registerWelcome(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PATH as '/popup.html') }).catch(() => {});
  });
}
