/** Texts of the first-run page (entrypoints/welcome): the three things to do. Russian first, English the same keys. */
import type { Dictionaries } from './index';

const ru = {
  'w.title': 'Аудит госпабликов: с чего начать',
  'w.lead':
    'Расширение проверяет страницы госорганов и учреждений во ВКонтакте и Одноклассниках по методике ЦУР: частотность, вовлечённость, охват, минимальные требования, отметку «Госорганизация» и регистрацию в РКН. Три шага — и всё работает.',
  'w.step1.title': 'Проверьте свою группу',
  'w.step1.text':
    'Откройте страницу своей группы во ВКонтакте или в Одноклассниках и нажмите на значок расширения на панели браузера (если его не видно — в меню с пазлом; закрепите его булавкой). Первым делом вы увидите итог месяца, срок текущей недели — сколько постов нужно до 23:59 — и что исправить.',
  'w.step1.tip': 'В первый раз расширение спросит часовой пояс региона: недели ЦУР считаются по местному времени.',
  'w.step2.title': 'Соберите список подведомственных страниц',
  'w.step2.text':
    'На странице «Списки групп» вставьте ссылки (по одной в строке) или загрузите таблицу CSV/Excel со столбцами «Название», «Ссылка», «Размер аудитории» и нажмите «Проверить все группы». Таблица покажет, кому сколько постов нужно до конца недели, а сообщения администраторам копируются по одной группе или все сразу.',
  'w.step2.button': 'Открыть «Списки групп»',
  'w.step3.title': 'Включите напоминания',
  'w.step3.text':
    'Отметьте «Следить за группой» в окне расширения или «Следить за списком» на странице списка. Пока браузер открыт, расширение напомнит, если неделя закрывается без нормы, пропала отметка «Госорганизация» или нужна регистрация в РКН. О чём напоминать и тихие часы — в настройках.',
  'w.step3.button': 'Открыть настройки',
  'w.privacy': 'Все данные остаются в вашем браузере: расширение ничего никуда не отправляет.',
};

type Key = keyof typeof ru;

const en: Record<Key, string> = {
  'w.title': 'Gospabliki audit: getting started',
  'w.lead':
    'The extension checks the VK and Odnoklassniki pages of government bodies and public institutions against the ЦУР methodology: posting frequency, engagement, reach, minimum requirements, the «Госорганизация» mark and RKN registration. Three steps and it all works.',
  'w.step1.title': 'Check your group',
  'w.step1.text':
    'Open your group’s page on VK or Odnoklassniki and click the extension’s icon on the browser toolbar (if it is not there, look in the puzzle menu and pin it). First you see the month’s result, the running week’s deadline (how many posts are needed by 23:59) and what to fix.',
  'w.step1.tip': 'The first time, the extension asks for the region’s time zone: ЦУР counts weeks in local time.',
  'w.step2.title': 'Build the list of subordinate pages',
  'w.step2.text':
    'On the «Group lists» page paste the links (one per line) or load a CSV/Excel table with the columns Name, Link, Audience size and press «Check all groups». The table shows who needs how many posts before the week ends, and the messages to the admins copy one group at a time or all at once.',
  'w.step2.button': 'Open the group lists',
  'w.step3.title': 'Turn the reminders on',
  'w.step3.text':
    'Tick «Track this group» in the extension’s window or «Track this list» on a list’s page. While the browser is open, the extension reminds you when a week is about to close short, the «Госорганизация» mark is gone or RKN registration is needed. What to remind of and the quiet hours are in the settings.',
  'w.step3.button': 'Open the settings',
  'w.privacy': 'Your data stays in your browser: the extension sends nothing anywhere.',
};

export const welcomeDicts: Dictionaries<Key> = { ru, en };
