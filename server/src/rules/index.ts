// The only registry of rules, written by `npm run generate` from the files in this folder (tools/registry-file.ts):
// order is the order findings are produced in, so a new rule file is appended at the end; ids are public API.
import type { Rule } from '../engine/types';
import repeatedWord from './repeated-word';
import scriptMixing from './script-mixing';
import misconversion from './misconversion';
import respectivelyMismatch from './respectively-mismatch';
import rateMismatch from './rate-mismatch';
import percentBounds from './percent-bounds';
import countMismatch from './count-mismatch';
import partExceedsWhole from './part-exceeds-whole';
import symbolConsistency from './symbol-consistency';
import fullwidthPunctuation from './fullwidth-punctuation';
import pairedPunctuation from './paired-punctuation';
import repeatedPunctuation from './repeated-punctuation';
import sequenceNumbering from './sequence-numbering';
import straySpace from './stray-space';
import commonTypo from './common-typo';
import wrongCharacter from './wrong-character';
import figureConsistency from './figure-consistency';
import numberStyle from './number-style';
import documentElements from './document-elements';

export const RULES: readonly Rule[] = [
  repeatedWord,
  scriptMixing,
  misconversion,
  respectivelyMismatch,
  rateMismatch,
  percentBounds,
  countMismatch,
  partExceedsWhole,
  symbolConsistency,
  fullwidthPunctuation,
  pairedPunctuation,
  repeatedPunctuation,
  sequenceNumbering,
  straySpace,
  commonTypo,
  wrongCharacter,
  figureConsistency,
  numberStyle,
  documentElements,
];

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
