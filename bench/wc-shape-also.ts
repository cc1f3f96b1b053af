// Developer aid (round 38, s38-wcshape): which pairs of a list are in which section of the confusion set.
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
const m = wrongCharacterModel() as any;
function sections(wrong: string, right: string): string {
  const row = m.confusionRow[wrong.charCodeAt(0)] ?? -1;
  if (row < 0) return 'no row';
  const b = m.confusionBounds as Int32Array;
  const units = m.confusionList.units as Uint16Array;
  const at = (from: number, to: number) => String.fromCharCode(...units.subarray(from, to)).includes(right);
  const out: string[] = [];
  if (at(b[row * 6], b[row * 6 + 1])) out.push('same');
  if (at(b[row * 6 + 1], b[row * 6 + 3])) out.push('near');
  if (at(b[row * 6 + 3], b[row * 6 + 5])) out.push('shape');
  return out.join('+') || '-';
}
for (const p of process.argv.slice(2)) console.log(p, sections(p[0], p[1]));
