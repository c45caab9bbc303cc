/**
 * One vocabulary (docs/vocabulary.md): the one word and the one colour of every week, month and check state, for
 * every surface that shows them — the popup, the toolbar badge, the lists page, XLSX, CSV, the printed report and the
 * messages to admins. A surface maps an audit's week or check to its state here (`weekState`, `checkState`) and
 * shows `weekWord`/`checkWord` in `TONE_COLOUR[tone]` (on a `TONE_FILL[tone]` background); it never keeps a word
 * or colour of its own.
 * tests/vocabulary/ walks the surfaces over the same audits and compares the words.
 *
 * The month's verdict is the frequency check's state (a month passes only if all four weeks pass) and uses its words.
 * A group without the «Госорганизация» mark is #Н/Д (docs/methodology.md §3.6): its weeks and its month say so.
 */
import type { CheckId, CheckStatus, WeekStatus } from '../types';
import type { Dictionaries, Locale } from './index';

/** pass = green, fail = red, warn = amber (running, waiting), neutral = grey (to come, not known, not required). */
export type Tone = 'pass' | 'fail' | 'warn' | 'neutral';

/** The tone's colour of words, marks and the toolbar badge. */
export const TONE_COLOUR: Readonly<Record<Tone, string>> = {
  pass: '#1e7e34',
  fail: '#c62828',
  warn: '#a15c00',
  neutral: '#59636e',
};

/** The tone's light background of cells and rows (XLSX, the printed report, the pages), readable in black and white. */
export const TONE_FILL: Readonly<Record<Tone, string>> = {
  pass: '#C6EFCE',
  fail: '#FFC7CE',
  warn: '#FFEB9C',
  neutral: '#E7E9EC',
};

// ---- weeks ----

/**
 * pass/fail: the week met or missed the norm; running: the week containing now, norm not met yet; upcoming: a week
 * still to come; unknown: an ended week whose posts were not all read; excluded: any week of a #Н/Д group.
 */
export type WeekState = 'pass' | 'fail' | 'running' | 'upcoming' | 'unknown' | 'excluded';
export const WEEK_STATES: readonly WeekState[] = ['pass', 'fail', 'running', 'upcoming', 'unknown', 'excluded'];

export interface WeekLike {
  status: WeekStatus;
  /** The week contains the audit's `now` (engine audits always say; older stored ones may not). */
  current?: boolean;
}

/**
 * The state of each week of a month, in order. `excluded`: the group is #Н/Д (see `isExcluded`). When a week does
 * not say whether it is the current one, the first 'pending' week is taken as running and later ones as to come
 * (pending weeks are exactly the current one, unmet, and those after it).
 */
export function weekStates(weeks: readonly WeekLike[], excluded: boolean): WeekState[] {
  let runningSeen = false;
  return weeks.map((w) => {
    if (excluded) return 'excluded';
    if (w.status !== 'pending') return w.status;
    const running = w.current ?? !runningSeen;
    runningSeen = true;
    return running ? 'running' : 'upcoming';
  });
}

/** The state of one week (see `weekStates`; without `current` a pending week counts as running). */
export function weekState(week: WeekLike, excluded: boolean): WeekState {
  return weekStates([week], excluded)[0] ?? 'unknown';
}

/** The group is #Н/Д: its «Госорганизация» check failed (the mark is surely missing). */
export function isExcluded(audit: { checks: readonly { id: string; status: string }[] } | null): boolean {
  return audit?.checks.some((c) => c.id === 'gov-mark' && c.status === 'fail') ?? false;
}

const WEEK_TONE: Record<WeekState, Tone> = {
  pass: 'pass',
  fail: 'fail',
  running: 'warn',
  upcoming: 'neutral',
  unknown: 'neutral',
  excluded: 'fail',
};

/** The words of the week states. */
export const weekWords: Dictionaries<WeekState> = {
  ru: {
    pass: 'выполнена',
    fail: 'не выполнена',
    running: 'идёт',
    upcoming: 'впереди',
    unknown: 'нет данных',
    excluded: '#Н/Д',
  },
  en: {
    pass: 'met',
    fail: 'not met',
    running: 'running',
    upcoming: 'to come',
    unknown: 'no data',
    excluded: '#N/A',
  },
};

/** The mark that goes with a week's word where colour is not seen (the printed report, the popup's icons). */
export const WEEK_MARK: Readonly<Record<WeekState, string>> = {
  pass: '✓',
  fail: '✗',
  running: '…',
  upcoming: '○',
  unknown: '?',
  excluded: '✗',
};

export const weekTone = (state: WeekState): Tone => WEEK_TONE[state];
export const weekWord = (state: WeekState, locale: Locale): string => weekWords[locale][state] as string;

// ---- checks (and the month's verdict: the frequency check) ----

/**
 * pass/fail/unknown/not-applicable as the engine says, refined where the user acts differently: running (the month
 * is still going, nothing failed: 'in-progress'), pending (an RKN application awaits its decision) and excluded (the
 * frequency of a #Н/Д group).
 */
/**
 * `unseen`: the RKN registration over the threshold with neither a registry link nor the «А+» mark seen, where the
 * page could not prove its absence (docs/rkn-registration.md) — a thing to check, never «нет».
 */
export type CheckState = 'pass' | 'fail' | 'unknown' | 'running' | 'pending' | 'unseen' | 'not-applicable' | 'excluded';
export const CHECK_STATES: readonly CheckState[] = [
  'pass',
  'fail',
  'unknown',
  'running',
  'pending',
  'unseen',
  'not-applicable',
  'excluded',
];

export interface CheckLike {
  id: CheckId;
  status: CheckStatus;
  reason: string;
}

export function checkState(check: CheckLike): CheckState {
  if (check.id === 'frequency' && check.reason === 'gov-mark-missing') return 'excluded';
  if (check.status === 'unknown' && check.reason === 'in-progress') return 'running';
  if (check.status === 'unknown' && check.reason === 'application-pending') return 'pending';
  if (check.status === 'unknown' && check.reason === 'registration-not-seen') return 'unseen';
  return check.status;
}

const CHECK_TONE: Record<CheckState, Tone> = {
  pass: 'pass',
  fail: 'fail',
  unknown: 'neutral',
  running: 'warn',
  pending: 'warn',
  unseen: 'warn',
  'not-applicable': 'neutral',
  excluded: 'fail',
};

/** Checks whose words are «есть / нет» (a page element or a registration), «выполнена» (frequency), or «цель». */
type Family = 'presence' | 'frequency' | 'target' | 'rkn';
const FAMILY: Record<CheckId, Family> = {
  cover: 'presence',
  avatar: 'presence',
  description: 'presence',
  'pos-widget': 'presence',
  'gov-mark': 'presence',
  frequency: 'frequency',
  engagement: 'target',
  reach: 'target',
  'rkn-registration': 'rkn',
};

/** The words every family shares: the states the user reads the same way whatever the check. */
type SharedState = Exclude<CheckState, 'pass' | 'fail'>;
const sharedCheckWords: Dictionaries<SharedState> = {
  ru: {
    unknown: 'не определено',
    running: 'идёт',
    pending: 'ожидается',
    unseen: 'не видно',
    'not-applicable': 'не требуется',
    excluded: '#Н/Д',
  },
  en: {
    unknown: 'unknown',
    running: 'running',
    pending: 'awaited',
    unseen: 'not seen',
    'not-applicable': 'not required',
    excluded: '#N/A',
  },
};

/** Each family's own words: met or not, and the registration's pending application. */
type FamilyKey = `${Family}.${'pass' | 'fail'}` | 'rkn.pending' | 'rkn.unseen';
const familyCheckWords: Dictionaries<FamilyKey> = {
  ru: {
    'presence.pass': 'есть',
    'presence.fail': 'нет',
    'frequency.pass': 'выполнена',
    'frequency.fail': 'не выполнена',
    'target.pass': 'цель достигнута',
    'target.fail': 'ниже цели',
    'rkn.pass': 'есть',
    'rkn.fail': 'нет',
    'rkn.pending': 'заявление подано',
    'rkn.unseen': 'не видно (нет ссылки и «А+»)',
  },
  en: {
    'presence.pass': 'yes',
    'presence.fail': 'no',
    'frequency.pass': 'met',
    'frequency.fail': 'not met',
    'target.pass': 'target met',
    'target.fail': 'below target',
    'rkn.pass': 'yes',
    'rkn.fail': 'no',
    'rkn.pending': 'application filed',
    'rkn.unseen': 'not seen (no link, no «А+»)',
  },
};

/** The mark that goes with a check's word where colour is not seen (the printed report, the popup's icons). */
export const CHECK_MARK: Readonly<Record<CheckState, string>> = {
  pass: '✓',
  fail: '✗',
  unknown: '?',
  running: '…',
  pending: '…',
  unseen: '?',
  'not-applicable': '–',
  excluded: '✗',
};

export const checkTone = (state: CheckState): Tone => CHECK_TONE[state];
function familyWord(family: Family, state: CheckState, locale: Locale): string {
  const own = (familyCheckWords[locale] as Record<string, string>)[`${family}.${state}`];
  return own ?? (sharedCheckWords[locale][state as SharedState] as string);
}
export const checkWord = (id: CheckId, state: CheckState, locale: Locale): string =>
  familyWord(FAMILY[id], state, locale);
/** The words of a page element that is no engine check (the link to the MAX channel): «есть / нет / не определено». */
export const presenceWord = (state: CheckState, locale: Locale): string => familyWord('presence', state, locale);

/** The month's verdict: the frequency check's state (docs/methodology.md §3.2: a month passes only if all four weeks pass). */
export function monthState(audit: { checks: readonly CheckLike[] }): CheckState {
  const f = audit.checks.find((c) => c.id === 'frequency');
  return f ? checkState(f) : 'unknown';
}
