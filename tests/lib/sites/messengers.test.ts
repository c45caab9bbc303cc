import { describe, expect, it } from 'vitest';
import { MAX_HOSTS, messengerLinksOf, TELEGRAM_HOSTS } from '../../../lib/sites/messengers';

const BASE = 'https://vk.com/school5_official';

describe('messengerLinksOf (links to MAX / Telegram channels outside the posts)', () => {
  it('keeps links to every MAX and Telegram host, unwrapped from away.php and OK redirects, without repeats', () => {
    const away = (to: string) => `/away.php?to=${encodeURIComponent(to)}&cc_key=`;
    const hrefs = [
      ...[...MAX_HOSTS, ...TELEGRAM_HOSTS].map((h) => `https://${h}/school5`),
      away('https://max.ru/join/AbCd'),
      `https://ok.ru/dk?cmd=logExternal&st.link=${encodeURIComponent('https://t.me/school5_tg')}`,
      'https://max.ru/school5',
    ];
    expect(messengerLinksOf(hrefs, null, BASE)).toEqual([
      ...[...MAX_HOSTS, ...TELEGRAM_HOSTS].map((h) => `https://${h}/school5`),
      'https://max.ru/join/AbCd',
      'https://t.me/school5_tg',
    ]);
  });

  it('ignores other hosts, look-alikes and in-page links', () => {
    const hrefs = ['', '#top', '/club1', 'https://vk.com/max.ru', 'https://notmax.ru/x', 'https://max.ru.evil.com/x'];
    expect(messengerLinksOf(hrefs, null, BASE)).toEqual([]);
  });

  it('finds addresses written in the text, with or without a scheme, trailing punctuation dropped', () => {
    const text =
      'Мы в MAX: max.ru/school5_gos, в Telegram — https://t.me/school5_tg. Почта: info@max.ru/x; сайт vk.com/t.me/x';
    expect(messengerLinksOf([], text, BASE)).toEqual(['https://max.ru/school5_gos', 'https://t.me/school5_tg']);
    expect(messengerLinksOf([], 'Канал: WWW.Max.Ru/@School5_gos.', BASE)).toEqual(['https://www.max.ru/@School5_gos']);
    expect(messengerLinksOf([], null, BASE)).toEqual([]);
  });
});
