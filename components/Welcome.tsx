/** The first-run page: what the extension does and the three things to do, with the ways into each. */
import { createT, type Locale } from '../lib/i18n/index';
import { welcomeDicts } from '../lib/i18n/welcome';

export interface WelcomeProps {
  locale: Locale;
  /** The «Списки групп» page. */
  listsUrl: string;
  /** The settings page, at its reminders. */
  settingsUrl: string;
}

export function Welcome({ locale, listsUrl, settingsUrl }: WelcomeProps) {
  const t = createT(welcomeDicts, locale);
  return (
    <main class="welcome" data-testid="welcome">
      <h1>{t('w.title')}</h1>
      <p class="lead">{t('w.lead')}</p>
      <ol class="steps">
        <li data-testid="step-audit">
          <h2>{t('w.step1.title')}</h2>
          <p>{t('w.step1.text')}</p>
          <p class="muted">{t('w.step1.tip')}</p>
        </li>
        <li data-testid="step-lists">
          <h2>{t('w.step2.title')}</h2>
          <p>{t('w.step2.text')}</p>
          <a class="button" href={listsUrl} data-testid="welcome-lists">
            {t('w.step2.button')}
          </a>
        </li>
        <li data-testid="step-reminders">
          <h2>{t('w.step3.title')}</h2>
          <p>{t('w.step3.text')}</p>
          <a class="button" href={settingsUrl} data-testid="welcome-settings">
            {t('w.step3.button')}
          </a>
        </li>
      </ol>
      <p class="muted">{t('w.privacy')}</p>
    </main>
  );
}
