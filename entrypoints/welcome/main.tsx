/** The first-run page (/welcome.html), opened once when the extension is installed (lib/ext/welcome.ts). */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Welcome } from '../../components/Welcome';
import { pickLocale } from '../../lib/i18n/index';

const locale = pickLocale(navigator.language);
if (locale === 'en') document.documentElement.lang = 'en';
const root = document.getElementById('app');
if (root) {
  render(
    <Welcome
      locale={locale}
      listsUrl={browser.runtime.getURL('/batch.html' as '/popup.html')}
      settingsUrl={`${browser.runtime.getURL('/options.html' as '/popup.html')}#reminders`}
    />,
    root,
  );
}
