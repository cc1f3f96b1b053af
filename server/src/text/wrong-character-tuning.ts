// Changing wrong-character's decision thresholds at run time. Only the benches do (eval:typos --thresholds, the
// sweep, the corpus and held-out scans, the A/B aids); the product never does. They change DEFAULT_THRESHOLDS in
// place — the object the model and the rule read at each call — and only through these functions, which count the
// changes: what the rule derives from the thresholds (its guarded copy) is made again when the count has moved, at
// the cost of one comparison, not of comparing every field at every paragraph.
import { DEFAULT_THRESHOLDS, type Thresholds } from './wrong-character-model';

let changes = 0;

/** How many times the thresholds have been changed: whatever was derived from them before is stale once this moves. */
export function thresholdChanges(): number {
  return changes;
}

/**
 * Sets the named thresholds as Object.assign would (a nested threshold given whole replaces it); a dotted name sets
 * one field of a nested threshold (`kindPenalty.shape`). Names the thresholds lack are let through (an experimental
 * threshold read in a work tree).
 */
export function setThresholds(values: Readonly<Record<string, unknown>>): void {
  const target = DEFAULT_THRESHOLDS as unknown as Record<string, unknown>;
  for (const [name, value] of Object.entries(values)) {
    const dot = name.indexOf('.');
    if (dot < 0) target[name] = value;
    else (target[name.slice(0, dot)] as Record<string, unknown>)[name.slice(dot + 1)] = value;
  }
  changes++;
}

/** Makes DEFAULT_THRESHOLDS a copy of `values` again: fields `values` lacks are removed, nested ones copied. */
export function resetThresholds(values: Thresholds): void {
  const target = DEFAULT_THRESHOLDS as unknown as Record<string, unknown>;
  for (const name of Object.keys(target)) if (!(name in values)) delete target[name];
  Object.assign(target, JSON.parse(JSON.stringify(values)) as Thresholds);
  changes++;
}
