/** The inputs of the predicted score (methodology §3.8), and which of them are unknown. */
import type { ScoreBreakdown } from '../lib/audit/types';

export const PARTS = ['frequency', 'engagement', 'reach', 'minRequirements'] as const;
export type Part = (typeof PARTS)[number];

export function unknownInputs(b: ScoreBreakdown): Part[] {
  return PARTS.filter((p) => b[p] === null);
}
