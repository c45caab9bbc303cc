/**
 * One count parser for VK and OK: «12 345», «1,2K», «12 тыс.», «3,4 млн», «1.2M», «900 просмотров».
 * Abbreviated counts keep their precision: the site may round or truncate, so the honest interval
 * runs from half a step below to a full step above the shown value («12,3K» → 12 250…12 399).
 */

export interface CountRange {
  /** The number as shown (12,3K → 12 300). */
  value: number;
  min: number;
  max: number;
  /** True when the text showed every digit. */
  exact: boolean;
}

const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  к: 1e3,
  тыс: 1e3,
  thousand: 1e3,
  m: 1e6,
  м: 1e6,
  млн: 1e6,
  million: 1e6,
  b: 1e9,
  млрд: 1e9,
  billion: 1e9,
};

// number (grouped by spaces, or with a decimal part), then an optional multiplier word
const COUNT_RE =
  /(?:^|[^\d.,])(\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)(?: ?(k|к|m|м|b|тыс|thousand|млн|million|млрд|billion)(?![a-zа-яё]))?/i;

/** Parse the first count in `text`; null when there is none. */
export function parseCountRange(text: string | null | undefined): CountRange | null {
  if (typeof text !== 'string') return null;
  const norm = ` ${text.replace(SPACES, ' ').trim().toLowerCase()}`;
  const m = COUNT_RE.exec(norm);
  if (!m) return null;
  const digits = m[1] ?? '';
  const unit = m[2];
  const mult = unit ? MULTIPLIERS[unit] : undefined;
  if (!mult) {
    // «1,234» / «1.234» without a multiplier is a thousands separator, not a decimal part.
    const plain = /^\d{1,3}([.,])\d{3}$/.test(digits) ? digits.replace(/[.,]/, '') : digits.replace(/ /g, '');
    if (!/^\d+$/.test(plain)) {
      // «1,5» without a multiplier: not a count we understand
      return null;
    }
    const value = Number(plain);
    if (!Number.isSafeInteger(value)) return null;
    return { value, min: value, max: value, exact: true };
  }
  const [intPart = '', fracPart = ''] = digits.replace(/ /g, '').split(/[.,]/);
  // «74,7474K» shows more digits than the multiplier has: not a count any site renders
  if (10 ** fracPart.length > mult) return null;
  const value = Math.round(Number(`${intPart}.${fracPart || '0'}`) * mult);
  const step = mult / 10 ** fracPart.length;
  if (!Number.isSafeInteger(value + step)) return null;
  return {
    value,
    min: Math.max(0, Math.ceil(value - step / 2)),
    max: value + step - 1,
    exact: false,
  };
}

/** The count shown in `text` (abbreviated counts give their shown value), or null. */
export function parseCount(text: string | null | undefined): number | null {
  return parseCountRange(text)?.value ?? null;
}
