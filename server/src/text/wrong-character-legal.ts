// The forms of court and procuratorate writing (round 38, s38-wcprec: guiding cases of the Supreme People's Court and
// the Supreme People's Procuratorate, heldout-s38c/-s38c2, the first legal texts read): the parties are named after
// their role (证人闵生如, 被劝阻人因…), by anonymised names (刘某, 牟某翰), by short names the text defines (（以下简称渔沣
// 公司）), by the placeholder letters 甲/乙/丙 (甲国有公司), and cases are titled "X诉Y…案"; dates of effect are
// written 自…之日起 and causes 因未 + verb. A word model reads the odd pair at such a place as a slip (闵 → 民 of 人民,
// 仅 → 金 of a name 刘某金, 渔 → 于 of 对于, 甲 → 中, 柏 → 百, 自 → 子 of 子公司, 未 → 为 of 因为, 因 → 口 of 人口). Each
// guard below is a form, not a word: it holds for any name, company or verb in that form.

import { SURNAMES } from './wrong-character-person-names';

/** The roles a party or person takes in a case, all ending in 人 (被告人, 证人, 被劝阻人, 法定代表人, 犯罪嫌疑人). */
const PARTY_ROLE = /(?:被告|原告|被害|行为|当事|劝阻|申请|委托|受托|投保|保险|嫌疑|证|负责|代表|继承|代理|出卖|买受|承租|出租|债务|债权|上诉|第三|义务|侵权|监护|抵押|质押|保证|担保|用人|举报|控告|辩护|经营|实际控制|合伙|发包|承包|受益|挂靠|收货|托运|承运|出票|持票|背书)人$/;
/** Roles not ending in 人 that come right before a name (罪犯王某某, 原告柏万清). */
const PARTY_TITLE = /(?:罪犯|原告|被告|被申请人|第三人|上诉人|被上诉人|再审申请人|被执行人|申请执行人|案外人|法官|检察官|审判员|审判长|书记员|检察长|庭长|院长)$/;

/**
 * 证人闵生如的证言 / 被告人牟某翰: is the suspect within the first three characters of a name (a surname first) right after
 * a party's role (PARTY_ROLE, PARTY_TITLE)? Then it is a name, which no word model knows.
 */
export function nameAfterPartyRole(text: string, at: number, width: number): boolean {
  for (let start = Math.max(0, at + width - 3); start <= at; start++) {
    if (!SURNAMES.has(text.charAt(start))) continue;
    const before = text.slice(Math.max(0, start - 8), start);
    if (PARTY_ROLE.test(before) || PARTY_TITLE.test(before)) return true;
  }
  return false;
}

/**
 * 刘某仅使用刀面击打 / 牟某翰: the character right after an anonymised name (a surname and 某), which the model would make
 * the name's third character (刘某金) or take as one. Court and procuratorate releases name every private party so.
 */
export function afterAnonymisedName(text: string, at: number, width: number): boolean {
  return width === 1 && text.charAt(at - 1) === '某' && SURNAMES.has(text.charAt(at - 2));
}

/** 被劝阻人因自身疾病发生猝死: 因 (because) right after a party's role, not 口 of 人口. */
export function becauseAfterPartyRole(text: string, at: number, wrong: string): boolean {
  return wrong === '因' && PARTY_ROLE.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * A case's title "X诉Y…案" (柏万清诉成都难寻物品营销服务中心等侵害实用新型专利权纠纷案, 指导案例89号：“北雁云依”诉…):
 * is the suspect in the first party's name, the line's first Han characters right before 诉, on a line that ends with 案?
 */
export function inCaseTitleParty(text: string, at: number, width: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trimEnd();
  if (!line.endsWith('案') || line.length > 120) return false;
  const m = /^[\s\u3000]*(?:指导(?:性)?案例\d+号[：:]\s*)?[“"]?(\p{Script=Han}{2,4})[”"]?诉/u.exec(line);
  const name = m?.[1];
  if (!m || !name) return false;
  const nameStart = lineStart + m[0].length - 1 - name.length - (/[”"]诉$/.test(m[0]) ? 1 : 0);
  return at >= nameStart && at + width <= nameStart + name.length;
}

/** The short names a text defines: （以下简称渔沣公司）, 简称“闽某公司”, 以下简称《意见》. */
const SHORT_NAME = /(?:以下简称|下称|简称)[为：:]?[“"《]?([\p{Script=Han}A-Za-z0-9]{2,12})[”"》]?(?=[）)，,；;。])/gu;

/** The short names the paragraphs of a document define (SHORT_NAME), with at least one Han character. */
export function definedShortNames(paragraphs: readonly { text: string }[]): string[] {
  const names = new Set<string>();
  for (const { text } of paragraphs) {
    if (!text.includes('简称')) continue;
    for (const m of text.matchAll(SHORT_NAME)) {
      const name = m[1] ?? '';
      if (/\p{Script=Han}/u.test(name)) names.add(name);
    }
  }
  return [...names];
}

/**
 * 对渔沣公司吹填形成的沙堆 (（以下简称渔沣公司）in another paragraph): is the suspect inside one of the short names the
 * document defines (definedShortNames)? Then it is a name the writer chose, written again as defined.
 */
export function inDefinedShortName(text: string, at: number, width: number, names: readonly string[]): boolean {
  for (const name of names) {
    for (let from = Math.max(0, at + width - name.length); from <= at; from++) {
      if (text.startsWith(name, from)) return true;
    }
  }
  return false;
}

/** What a placeholder party letter names (甲公司, 甲国有公司, 乙银行, 丙县, 甲方). */
const PLACEHOLDER_HEAD = /^(?:国有|民营|上市|科技|投资|房地产|建筑|建设|商贸|贸易)?(?:公司|银行|企业|单位|集团|医院|学校|工厂|厂|村|镇|乡|县|市|区|省|国|方|地|机构|平台|账户|小区)/;

/** 参与制定甲国有公司期货交易策略: the placeholder letter (甲, 乙, 丙, 丁, 戊) of an anonymised party before what it names. */
export function placeholderParty(text: string, at: number, wrong: string): boolean {
  return wrong.length === 1 && '甲乙丙丁戊'.includes(wrong) && PLACEHOLDER_HEAD.test(text.slice(at + 1, at + 8));
}

/** 本章程…自公司设立之日起生效: the 自 of a 自…之日起 / 自…起施行 frame within its clause, not 子 of 子公司. */
export function fromDateFrame(text: string, at: number, wrong: string): boolean {
  if (wrong !== '自') return false;
  const clause = /^[^，。；,;\n]{1,24}/.exec(text.slice(at + 1, at + 26));
  return clause !== null && /之日起|之日|起(?:生效|施行|执行|计算|算)/.test(clause[0]);
}

/** What a negated procedural verb after 因未 starts with (因未进行年检, 因未按期履行, 因未缴纳). */
const NEGATED_DUTY = /^(?:按|依|经|能|及时|履行|缴|支付|取得|进行|办理|获|达|通过|尽|如实|足额|申报|登记|采取|提供|参加|签订|告知|报告|备案|领取|履约|到庭|出庭)/;

/** 拓恒公司因未进行年检: 因 + 未 + a duty not done (NEGATED_DUTY), not 因为. */
export function becauseNotDone(text: string, at: number, wrong: string): boolean {
  return wrong === '未' && text.charAt(at - 1) === '因' && NEGATED_DUTY.test(text.slice(at + 1, at + 5));
}

/** （以下简称歌力思公司，即本案一审被告人）: 即 (that is) before 本案/本院, not 基本 (基本案情 stays checked). */
export function thatIsThisCase(text: string, at: number, wrong: string): boolean {
  return wrong === '即' && /^本(?:案(?!情)|院)/.test(text.slice(at + 1, at + 4));
}
