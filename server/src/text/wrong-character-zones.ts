// Names before the title of a national zone (round 33, issue 12 precision): 抓好晋江、石狮国家级渔港经济区验收 (泉州 2026),
// 推进紫竹国家高新区和杨浦国家创新型试点城区 (上海 2013), 推进佘山国家旅游度假区建设 (上海 2012) — a place's name the
// dictionary lacks or reads as a word (石狮 → 实施, 紫竹 → 自主, 佘山 → 金山), right before 国家 and the kind of zone.

/** 国家 (or 国家级) and the kind of zone or site a place's name comes before. */
const NATIONAL_ZONE = /^国家级|^国家(?:高新|自主创新|旅游度假|全域旅游|森林公园|湿地公园|地质公园|矿山公园|农业科技园|现代农业|经济技术开发|考古遗址|生态|历史文化|文化和旅游|级)/;

/** Extra evidence (nats) a correction needs right before such a title. */
export const NATIONAL_ZONE_MARGIN = 5;

/**
 * Does the corrected word end at text[wordEnd] right before 国家级 or 国家 + the kind of a zone (高新区, 旅游度假区, 森林公园)?
 * There the written pair is most often the place's own name, and a correction needs NATIONAL_ZONE_MARGIN more evidence
 * (the three above scored 26.1–26.9); a verb slipped there with stronger evidence is still reported.
 */
export function beforeNationalZone(text: string, wordEnd: number): boolean {
  return text.charCodeAt(wordEnd) === 0x56fd && NATIONAL_ZONE.test(text.slice(wordEnd, wordEnd + 8));
}
