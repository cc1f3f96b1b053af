// Why did wrong-character miss a slip put into clean text (bench/inject-errors.ts --misses observed-slip)? The
// model's view of the slipped character in its Han run, as bench/typo-diagnose.ts classifies ECSpell's misses:
// not in the confusion set, vouched for by a neighbour (the slip forms a common pair or word), no candidate
// completing a word, a candidate below the threshold (with its evidence), another candidate preferred, or the
// model finds it and the rule drops it (a guard, the author's-word exemption).
import { wrongCharacterModel } from '../server/src/node/wrongCharacterData';
import { DEFAULT_THRESHOLDS, evidence } from '../server/src/text/wrong-character-model';

const HAN = /\p{Script=Han}/u;

/** Start and end of the run of Han characters around `at`. */
function hanRunAround(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && HAN.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && HAN.test(text[b])) b++;
  return [a, b];
}

export function slipMissReason(text: string, at: number, right: string): string {
  const model = wrongCharacterModel();
  const [a, b] = hanRunAround(text, at);
  const run = text.slice(a, b);
  const i = at - a;
  const cand = model.candidates(run, i).find((c) => c.right === right);
  if (!cand) {
    if (!model.confusable(text[at]).includes(right)) return 'not in confusion set';
    return model.suspicious(run, i) ? 'no word completed' : 'vouched by a neighbour';
  }
  const reported = model.corrections(run, i, DEFAULT_THRESHOLDS, false, false, b === text.length || '、\n）)'.includes(text[b]));
  const score = reported.find((c) => c.right === right)?.score;
  if (score === undefined) {
    return `below threshold (${cand.kind}${cand.realWord ? ', real word' : ''}; evidence ${evidence(cand, { ...DEFAULT_THRESHOLDS, report: -Infinity })?.toFixed(1) ?? 'fails a minimum'}, seg ${cand.segGain.toFixed(1)}, char ${cand.charGain.toFixed(1)}, phrase ${cand.phraseGain})`;
  }
  if (reported[0] && reported[0].right !== right) return `other candidate preferred (${reported[0].right})`;
  return `model finds it (${score.toFixed(1)}): the rule drops it`;
}

/** The model's view of a slip as data (bench/inject-errors.ts --dump): the run, the candidate's evidence and flags. */
export function slipView(text: string, at: number, right: string): Record<string, unknown> {
  const model = wrongCharacterModel();
  const [a, b] = hanRunAround(text, at);
  const run = text.slice(a, b);
  const i = at - a;
  const cand = model.candidates(run, i).find((c) => c.right === right);
  const base = { run, i, wrong: text[at], right, reason: slipMissReason(text, at, right) };
  if (!cand) return base;
  const { segGain, charGain, phraseGain, kind, realWord, nameShare, setPhrase, contextFlip, collocated, rareOpening, edgePair } = cand as typeof cand & { edgePair?: boolean };
  return { ...base, kind, segGain, charGain, phraseGain, realWord, nameShare, setPhrase, contextFlip, collocated, rareOpening, edgePair, score: evidenceScoreOf(cand) };
}

function evidenceScoreOf(cand: Parameters<typeof evidence>[0]): number | null {
  return evidence(cand, { ...DEFAULT_THRESHOLDS, report: -Infinity }) ?? null;
}
