// Where the traditional standards differ: forms that Taiwan or Hong Kong writers use on purpose
// where OpenCC's standard traditional writes another character of the same meaning group
// (捲軸 for 卷軸, 摺積 for 折積, 跳梁小醜 for 跳樑小丑). Derived from OpenCC's regional
// dictionaries, so misconversion calls a character wrong only when no standard uses it there.
import { dict } from './opencc';
import { canon, meaningGroup } from './script-misconversion';

export type Standard = 'tw' | 'hk';

interface RegionalData {
  /** A traditional phrase as one regional standard spells it → the standards that spell it so. */
  phrases: Map<string, Set<Standard>>;
  /** Found + expected character (one meaning group) → the standards that write `found` where OpenCC writes `expected`. */
  pairs: Map<string, Set<Standard>>;
  longest: number;
}

/**
 * Pairs OpenCC's data does not record although both forms are in Taiwan's and Hong Kong's
 * dictionaries: the older character beside the one later made for one of its senses (致 and
 * 緻: 景致/景緻, 精致/精緻; 采 and 採: 採 "adopt", 多採…方式, where OpenCC reads 多采 as in
 * 多采多姿). Writing the later character for the older one (誌願 for 志願) stays an error.
 */
const DICTIONARY_PAIRS: readonly [found: string, expected: string][] = [
  ['致', '緻'],
  ['採', '采'],
];

/**
 * Phrases OpenCC's regional tables do not carry although a regional standard spells them so. 系數 (coefficient): Hong Kong's
 * government writes 堅尼系數 (the Census and Statistics Department's Gini coefficient) and 安全系數 where Taiwan and OpenCC
 * write 係數 (round 37: 19 findings in five reports of heldout-s37a/-s37a2, 堅尼系數 17, 安全系數 2; OpenCC's HKVariants,
 * HKVariantsPhrases and HKPhrases have no 系/係 entry). Every compound of the morpheme (OpenCC lists 20 besides 系数 itself: 安全係數,
 * 摩擦係數, 相關係數 …) is covered by the two characters; 一係列, 關系, 聯系 are other words and stay errors.
 */
const DICTIONARY_PHRASES: readonly [phrase: string, who: Standard][] = [['系數', 'hk']];

let data: RegionalData | undefined;

function regionalData(): RegionalData {
  if (data) return data;
  const built: RegionalData = { phrases: new Map(), pairs: new Map(), longest: 0 };
  const addPhrase = (regional: string, who: Standard) => {
    if (![...regional].some((c) => meaningGroup(c) !== undefined)) return;
    addTo(built.phrases, regional, who);
    built.longest = Math.max(built.longest, regional.length);
  };
  // A regional phrase beside OpenCC's standard spelling of it, character for character: where
  // they differ within one meaning group, the regional standard writes the other character.
  const addAligned = (regional: string, standard: string, who: Standard) => {
    if (regional.length !== standard.length || regional === standard) return;
    for (let i = 0; i < regional.length; i++) {
      const r = regional.charAt(i);
      const t = standard.charAt(i);
      if (r === t || canon(r) === canon(t)) continue;
      const group = meaningGroup(r);
      if (group !== undefined && group === meaningGroup(t)) addTo(built.pairs, r + t, who);
    }
    addPhrase(regional, who);
  };
  // Taiwan vocabulary (OpenCC standard → Taiwan word): another word, so only the spelling counts.
  for (const tw of dict('twPhrases').values()) addPhrase(tw, 'tw');
  for (const [standard, tw] of dict('twVariantsPhrases')) addAligned(tw, standard, 'tw');
  for (const [standard, hk] of dict('hkVariantsPhrases')) addAligned(hk, standard, 'hk');
  for (const [tw, standard] of dict('twVariantsRevPhrases')) addAligned(tw, standard, 'tw');
  for (const [hk, standard] of dict('hkVariantsRevPhrases')) addAligned(hk, standard, 'hk');
  for (const [found, expected] of DICTIONARY_PAIRS) {
    addTo(built.pairs, found + expected, 'tw');
    addTo(built.pairs, found + expected, 'hk');
  }
  for (const [phrase, who] of DICTIONARY_PHRASES) addPhrase(phrase, who);
  return (data = built);
}

function addTo<K>(map: Map<K, Set<Standard>>, key: K, who: Standard): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(who);
}

/** How a regional standard bears on a character that OpenCC's standard phrases call wrong. */
export type RegionalUse =
  /** The text spells a phrase exactly as a regional standard does (捲軸): not an error at all. */
  | { kind: 'phrase'; standards: Standard[] }
  /** A regional standard writes this character where OpenCC writes the other (捲 for 卷): a hint. */
  | { kind: 'pair'; standards: Standard[] };

/** Whether Taiwan or Hong Kong use `found` at text[index] where OpenCC's standard wants `expected`. */
export function regionalUse(text: string, index: number, expected: string): RegionalUse | undefined {
  const { phrases, pairs, longest } = regionalData();
  for (let start = Math.max(0, index - longest + 1); start <= index; start++) {
    for (let end = index + 1; end <= Math.min(text.length, start + longest); end++) {
      const who = phrases.get(text.slice(start, end));
      if (who) return { kind: 'phrase', standards: [...who] };
    }
  }
  const who = pairs.get(text[index] + expected);
  return who ? { kind: 'pair', standards: [...who] } : undefined;
}

/** For tests and the docs: every derived pair (found + expected) with its standards. */
export function regionalPairs(): ReadonlyMap<string, ReadonlySet<Standard>> {
  return regionalData().pairs;
}
