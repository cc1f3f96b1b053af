// Rate arithmetic: does a written percentage equal a quotient, rounded or truncated to the decimals
// written? Decimal rounding, apart from number scanning (numbers.ts).

/** Round half up (on the decimal string, so 51.795 → 51.80 is not spoiled by binary fractions). */
export function roundTo(value: number, decimals: number): number {
  const scaled = value * 10 ** decimals;
  return Math.round(scaled + 1e-9) / 10 ** decimals;
}

function truncateTo(value: number, decimals: number): number {
  const scaled = value * 10 ** decimals;
  return Math.floor(scaled + 1e-9) / 10 ** decimals;
}

function formatFixed(value: number, decimals: number): string {
  return value.toFixed(decimals);
}

export interface RateCheck {
  /** numerator ÷ denominator × 100, unrounded. */
  exact: number;
  /** Rounded to the decimals written. */
  rounded: string;
  truncated: string;
  /** The written percentage matches the rounded or the truncated value. */
  consistent: boolean;
  /** The computed value to show and to offer as a fix: the one that matched, else the rounded one. */
  shown: string;
}

/** Does `written` % (with `decimals` decimals) equal numerator ÷ denominator, rounded or truncated? */
export function checkRate(numerator: number, denominator: number, written: number, decimals: number): RateCheck {
  const exact = (numerator / denominator) * 100;
  const rounded = formatFixed(roundTo(exact, decimals), decimals);
  const truncated = formatFixed(truncateTo(exact, decimals), decimals);
  const w = formatFixed(written, decimals);
  const consistent = w === rounded || w === truncated;
  return { exact, rounded, truncated, consistent, shown: w === truncated && w !== rounded ? truncated : rounded };
}
