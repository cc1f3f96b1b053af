// common-typo (常见错别字/误用): words that editors of official documents know to be miswritten
// (再接再励 → 再接再厉, 截止目前 → 截至目前), from the built-in table in text/typos.ts, plus the
// office's own wording from config `terms` (wrong → right), with a quick fix to the right form.
//
// Speed: one matcher per term set, built once: an index from first character to the entries
// starting with it (longest first). A paragraph is scanned once; only positions whose character
// starts some entry are compared.
import { defineRule, type TermEntry } from '../engine/types';
import { SENTENCE_END } from '../text/sentences';
import { builtinTypoEntries, type TypoCondition } from '../text/typos';

interface MatchEntry {
  wrong: string;
  right: string;
  /** Built-in entries carry a reason; config terms an optional message. */
  reason?: string;
  message?: string;
  fromTerms: boolean;
  conditions: TypoCondition[];
  /** Offsets at which `wrong` occurs inside `right`: an already corrected text must not match again. */
  insideRight: number[];
}

/** How much text before a match the `prev` conditions see. */
const PREV_CONTEXT = 12;

let builtinEntries: MatchEntry[] | undefined;

function builtin(): MatchEntry[] {
  builtinEntries ??= builtinTypoEntries().map((e) => makeEntry(e.wrong, e.right, false, e.conditions, e.reason));
  return builtinEntries;
}

function makeEntry(wrong: string, right: string, fromTerms: boolean, conditions: TypoCondition[], reason?: string, message?: string): MatchEntry {
  const insideRight: number[] = [];
  for (let at = right.indexOf(wrong); at >= 0; at = right.indexOf(wrong, at + 1)) insideRight.push(at);
  return { wrong, right, reason, message, fromTerms, conditions, insideRight };
}

const PAIR_FILTER_SIZE = 1 << 16;

function pairSlot(first: number, second: number): number {
  return Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0x9e3779b1) >>> 16;
}

/** Roles of a code unit in the entries (Matcher.roles): it starts one, it is one alone, it is one's second unit. */
const STARTS = 1;
const SINGLE = 2;
const SECOND = 4;
/** SECOND shifted down to STARTS's bit. */
const SECOND_SHIFT = 2;

class Matcher {
  /** Entries by the code of their first UTF-16 unit, longest first. */
  private byFirst = new Map<number, MatchEntry[]>();
  /**
   * Roles by UTF-16 code unit (STARTS, SINGLE, SECOND): one table skips most characters cheaply, and
   * the next unit's role, read for the second-unit check, is the one the next position reads anyway.
   */
  private roles = new Uint8Array(0x10000);
  /**
   * A Bloom-style filter of the first two code units of every entry: most flagged positions stop
   * here (a false hit only costs the exact comparison below).
   */
  private pairs = new Uint8Array(PAIR_FILTER_SIZE);

  constructor(entries: MatchEntry[]) {
    for (const entry of entries) {
      const first = entry.wrong.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      // A config term replaces a built-in entry for the same wrong form.
      const same = list.findIndex((e) => e.wrong === entry.wrong);
      if (same >= 0) list[same] = entry;
      else list.push(entry);
      this.byFirst.set(first, list);
      this.roles[first] = (this.roles[first] ?? 0) | STARTS;
      if (entry.wrong.length === 1) this.roles[first] = (this.roles[first] ?? 0) | SINGLE;
      else {
        const second = entry.wrong.charCodeAt(1);
        this.roles[second] = (this.roles[second] ?? 0) | SECOND;
        this.pairs[pairSlot(first, second)] = 1;
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  }

  /**
   * Non-overlapping matches in `text`, leftmost first, longest entry at each position.
   * An array, not a generator: the scan loop runs for every character and optimizes better.
   */
  matches(text: string): { at: number; entry: MatchEntry }[] {
    const found: { at: number; entry: MatchEntry }[] = [];
    // The tables in locals: this loop runs for every character.
    const { roles, pairs } = this;
    const length = text.length;
    // The role of the unit at i + 1, carried to the next iteration (0 past the end).
    let next = length > 0 ? (roles[text.charCodeAt(0)] ?? 0) : 0;
    for (let i = 0; i < length; i++) {
      const role = next;
      next = i + 1 < length ? (roles[text.charCodeAt(i + 1)] ?? 0) : 0;
      // One test, no branch on each role alone (one character in six starts some entry, at random):
      // a single-character entry starts here, or a longer one does and the next unit can be its second.
      if ((role & (SINGLE | ((next >> SECOND_SHIFT) & STARTS))) === 0) continue;
      const first = text.charCodeAt(i);
      if (!(role & SINGLE) && pairs[pairSlot(first, text.charCodeAt(i + 1))] === 0) continue;
      const entry = firstApplying(this.byFirst.get(first)!, text, i);
      if (!entry) continue;
      found.push({ at: i, entry });
      i += entry.wrong.length - 1;
      // The match may have skipped units: the next position's role is read afresh.
      next = i + 1 < length ? (roles[text.charCodeAt(i + 1)] ?? 0) : 0;
    }
    return found;
  }
}

/**
 * The first entry of `list` written at `at` whose conditions hold. A function of its own: a closure
 * in the scan loop would capture the loop's index and slow every iteration of it.
 */
function firstApplying(list: readonly MatchEntry[], text: string, at: number): MatchEntry | undefined {
  for (const e of list) if (text.startsWith(e.wrong, at) && applies(e, text, at)) return e;
  return undefined;
}

function applies(entry: MatchEntry, text: string, at: number): boolean {
  if (entry.insideRight.some((k) => at - k >= 0 && text.startsWith(entry.right, at - k))) return false;
  const end = at + entry.wrong.length;
  for (const { kind, pattern } of entry.conditions) {
    let ok: boolean;
    if (kind === 'prev' || kind === 'notPrev') ok = pattern.test(text.slice(Math.max(0, at - PREV_CONTEXT), at)) === (kind === 'prev');
    else if (kind === 'next' || kind === 'notNext') ok = pattern.test(text.slice(end, end + PREV_CONTEXT)) === (kind === 'next');
    else {
      const rest = text.slice(end);
      const stop = rest.search(SENTENCE_END);
      ok = !pattern.test(stop < 0 ? rest : rest.slice(0, stop));
    }
    if (!ok) return false;
  }
  return true;
}

/** Matchers by term set: the engine hands the same `terms` object to every paragraph of a run. */
const matchers = new WeakMap<object, { withBuiltin?: Matcher; termsOnly?: Matcher }>();

/** The office's message without its closing mark: the message template ends the sentence itself. */
function messageBody(message: string | undefined): string | undefined {
  return message?.replace(/[。．.！!？?；;，,、：:\s]+$/u, '') || undefined;
}

function matcherFor(terms: Readonly<Record<string, TermEntry>>, useBuiltin: boolean): Matcher {
  let cached = matchers.get(terms);
  if (!cached) matchers.set(terms, (cached = {}));
  const key = useBuiltin ? 'withBuiltin' : 'termsOnly';
  let matcher = cached[key];
  if (!matcher) {
    const fromTerms = Object.entries(terms)
      .filter(([wrong, term]) => wrong && term.to !== wrong)
      .map(([wrong, term]) => makeEntry(wrong, term.to, true, [], undefined, messageBody(term.message)));
    matcher = new Matcher([...(useBuiltin ? builtin() : []), ...fromTerms]);
    cached[key] = matcher;
  }
  return matcher;
}

const rule = defineRule({
  meta: {
    id: 'common-typo',
    name: { zh: '常见错别字', en: 'Common miswritten word' },
    description: {
      zh: '公文中常见的错别字和误用词语（如“再接再励”“截止目前”），以及配置 terms 中本单位规定的用语。',
      en: 'Words commonly miswritten in official documents (e.g. 再接再励, 截止目前), plus the wording an office sets in config `terms`.',
    },
    type: 'problem',
    defaultSeverity: 'warn',
    fixable: true,
    scope: 'paragraph',
    editorActions: { allowPhrase: true },
    messages: {
      typo: {
        zh: '“{{wrong}}”应为“{{right}}”：{{reason}}。',
        en: '"{{wrong}}" should be "{{right}}" ({{reason}}).',
      },
      term: {
        zh: '“{{wrong}}”应为“{{right}}”（本单位用语规范）。',
        en: 'Write "{{right}}" instead of "{{wrong}}" (your office\'s wording).',
      },
      termWithMessage: {
        zh: '“{{wrong}}”应为“{{right}}”：{{message}}。',
        en: 'Write "{{right}}" instead of "{{wrong}}": {{message}}.',
      },
    },
    options: {
      builtin: {
        type: 'boolean',
        default: true,
        description: {
          zh: '是否使用内置的常见错别字表；设为 false 时只检查配置 terms 中的用语',
          en: 'Use the built-in list of miswritten words; false checks only the config `terms`',
        },
      },
    },
  },

  checkParagraph(paragraph, ctx) {
    const matcher = matcherFor(ctx.terms, ctx.options.builtin !== false);
    for (const { at, entry } of matcher.matches(paragraph.text)) {
      const start = paragraph.start + at;
      const end = start + entry.wrong.length;
      const words = { wrong: entry.wrong, right: entry.right };
      const span = { start, end, fix: { start, end, text: entry.right } };
      if (!entry.fromTerms) ctx.report({ messageId: 'typo', data: { ...words, reason: entry.reason! }, ...span });
      else if (entry.message) ctx.report({ messageId: 'termWithMessage', data: { ...words, message: entry.message }, ...span });
      else ctx.report({ messageId: 'term', data: words, ...span });
    }
  },
});

export default rule;
