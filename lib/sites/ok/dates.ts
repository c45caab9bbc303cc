/**
 * OK's date labels as data for the shared parser (lib/parse/dates.ts).
 *
 * Forms (vk-ok-markup.md §10.2 says OK formats are not catalogued; these follow the issue and public scrapers):
 * - «10:15»: time only = today [S: public Scrapy spider reads a bare «HH:MM» as today, ~2023];
 * - «сегодня 10:15», «вчера 12:30» (optionally «в») [S for «yesterday HH:MM» in the English UI, same spider];
 * - «5 ноя 14:20», «5 ноября 14:20» (current year, short or full genitive month);
 * - «5 ноя 2024», «5 ноя 2024 14:20», «5 ноя» (earlier years; date only) [S: «D Mon YYYY» in the same spider];
 * - «только что», «5 минут назад», «час назад», «5 мин. назад», «3 ч назад» [?, as on VK];
 * - a day without a time: «вчера», «сегодня», «2 дн. назад» [?, as on VK], «5 ноя 2024»: the day only (docs/dates.md);
 * - «добавлена вчера», «добавлена 5 ноя 14:20»: the `div.feed_date` text of 2024 starts with «добавлена»
 *   [S: AdvSearcher-Restore `OkDateBuilder.cs`, 2024-12], dropped before the rules (`prefix`);
 * - English UI: «today 10:15», «yesterday 12:30», «5 Nov 14:20», «5 Nov 2024» [S same spider].
 * The bare time uses an empty `rel` group, which the parser maps through `relDays['']` to today.
 */
import {
  AGO_RULE,
  BARE_DAY_RULE,
  DAYS_AGO_RULE,
  type DateLabelFormat,
  JUST_NOW_RULE,
  MONTHS_RU_EN,
  UNITS_RU_EN,
} from '../../parse/dates';

const TIME = '(?:в |at )?(?<hour>\\d{1,2}):(?<minute>\\d{2})';
const MONTH = '(?<month>[a-zа-яё]{3,9})\\.?';

export const OK_DATE_FORMAT: DateLabelFormat = {
  rules: [
    JUST_NOW_RULE,
    AGO_RULE,
    DAYS_AGO_RULE,
    BARE_DAY_RULE,
    new RegExp(`^(?<rel>)${TIME}$`),
    new RegExp(`^(?<rel>сегодня|вчера|today|yesterday),? ${TIME}$`),
    new RegExp(`^(?<day>\\d{1,2}) ${MONTH}(?: (?<year>\\d{4}))?(?:,? ${TIME})?$`),
  ],
  // «ма» catches both «мая» and «май»; the rest is the shared table.
  months: { ...MONTHS_RU_EN, ма: 5 },
  units: UNITS_RU_EN,
  numbers: { одну: 1, две: 2, два: 2, три: 3, четыре: 4, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4 },
  relDays: { '': 0, сегодня: 0, вчера: -1, today: 0, yesterday: -1 },
  futureToleranceDays: 2,
  prefix: /^добавлен[аоы]? /,
};
