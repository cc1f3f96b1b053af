// Every file (or part of a file) that restates a rule's meta, computed from the rule list: the editor
// setting in package.json, its package.nls*.json strings, the README rule table, the facts at the top
// of each docs page and schemas/gongwenrc.schema.json. `npm run generate` writes them; a unit test and
// CI (`git diff --exit-code` after generating) fail when one is out of date. So a new rule needs only
// its file and its docs page: rules/index.ts is written from the files (registry-file.ts), everything
// below from the meta.
import type { Rule } from '../server/src/engine/types';
import { configSchema } from '../server/src/engine/schema';
import { toTaiwan } from './taiwan-text';
import { ZH_CN as CLIENT_ZH_CN } from '../client/src/texts';
import { DIRECTIVE_TEXTS } from '../server/src/engine';
import { FIX_TITLE_TEXTS } from '../server/src/engine/messages';
import { SERVER_TEXTS } from '../server/src/lsp/texts';
import { SCRIPT_NAMES } from '../server/src/text/script-names';
import { CLI_TEXTS } from '../server/src/cli/texts';
import { STYLISH_TEXTS } from '../server/src/formatters/stylish';
import { IO_ERROR_WORDS } from '../server/src/node/textFile';
import { CONFIG_TEXTS } from '../server/src/engine/validate';
import { CONFIG_FILE_TEXTS, PARSE_ERROR_TEXT } from '../server/src/node/configFile-texts';
import { HELP_TEXT } from '../server/src/cli/help-text';
import { BYTES_TEXT } from '../server/src/engine/fileSize';

type Read = (path: string) => string | undefined;

/** The generated text of every file it touches, given how to read the current files. */
export function generatedFiles(rules: readonly Rule[], read: Read): Map<string, string> {
  const files = new Map<string, string>();
  const need = (path: string) => {
    const text = read(path);
    if (text === undefined) throw new Error(`${path} is missing`);
    return text;
  };
  files.set('package.json', manifest(rules, need('package.json')));
  files.set('package.nls.json', nls(rules, need('package.nls.json'), 'en'));
  files.set('package.nls.zh-cn.json', nls(rules, need('package.nls.zh-cn.json'), 'zh'));
  // Traditional Chinese (VS Code's zh-tw, read in Taiwan and Hong Kong): all of zh-cn, converted (tools/taiwan-text.ts).
  files.set('package.nls.zh-tw.json', taiwanNls(files.get('package.nls.zh-cn.json')!));
  // The client's own strings in zh-tw, the same way (client/src/texts.ts).
  files.set('client/src/texts.zh-tw.json', taiwanNls(JSON.stringify(CLIENT_ZH_CN)));
  // The server's messages in zh-TW (engine/messages.ts reads it by the simplified string): the rules' messages and
  // names, the fix titles, the language server's own texts, the disable-comment notes, the script names.
  files.set('server/src/engine/messages.zh-tw.json', taiwanMessages(rules));
  files.set('README.md', readme(rules, need('README.md')));
  files.set('schemas/gongwenrc.schema.json', json(configSchema(rules)));
  const measured = measuredByRule(need('docs/precision.md'));
  for (const rule of rules) {
    const path = `docs/rules/${rule.meta.id}.md`;
    files.set(path, docsPage(rule, need(path), measured.get(rule.meta.id)));
  }
  return files;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** package.json: `gongwen.rules` offers each rule id with the four severities. */
function manifest(rules: readonly Rule[], text: string): string {
  const pkg = JSON.parse(text);
  const setting = pkg.contributes.configuration.properties['gongwen.rules'];
  setting.properties = Object.fromEntries(rules.map(({ meta }) => [meta.id, {
    type: 'string',
    enum: ['off', 'info', 'warn', 'error'],
    enumDescriptions: ['off', 'info', 'warn', 'error'].map((s) => `%config.severity.${s}%`),
    markdownDescription: `%config.rules.${meta.id}%`,
  }]));
  return json(pkg);
}

/** package.nls.zh-tw.json: every string of package.nls.zh-cn.json in Taiwan Traditional Chinese, keys and order kept. */
function taiwanNls(zhCn: string): string {
  const strings = JSON.parse(zhCn) as Record<string, string>;
  return json(Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, toTaiwan(value)])));
}

/** messages.zh-tw.json: simplified string → Taiwan string, sorted, each once. */
function taiwanMessages(rules: readonly Rule[]): string {
  const texts: { zh: string }[] = [];
  // Not the descriptions: their examples name characters of one script (简体文稿中的“檢查”), which conversion would
  // change; SARIF's fullDescription stays simplified under zh-TW.
  for (const { meta } of rules) texts.push(meta.name, ...(Object.values(meta.messages) as { zh: string }[]));
  texts.push(...Object.values(FIX_TITLE_TEXTS), ...Object.values(SERVER_TEXTS), ...Object.values(DIRECTIVE_TEXTS), ...Object.values(SCRIPT_NAMES));
  // The command line's own lines: its skip reasons, notes and errors, the stylish summary, the I/O errors' words.
  texts.push(...Object.values(CLI_TEXTS), ...Object.values(STYLISH_TEXTS), ...Object.values(IO_ERROR_WORDS));
  // The configuration's problems (the CLI's and the editor's notice) and --help (round 38).
  texts.push(...Object.values(CONFIG_TEXTS), ...Object.values(CONFIG_FILE_TEXTS), ...Object.values(PARSE_ERROR_TEXT), HELP_TEXT, BYTES_TEXT);
  const simplified = [...new Set(texts.map((text) => text.zh))].sort();
  return json(Object.fromEntries(simplified.map((zh) => [zh, toTaiwan(zh)])));
}

const NLS_RULE_PREFIX = 'config.rules.';

/** package.nls*.json: one `config.rules.<id>` string per rule, where the old ones stood; other keys untouched. */
function nls(rules: readonly Rule[], text: string, locale: 'zh' | 'en'): string {
  const old = JSON.parse(text) as Record<string, string>;
  const generated = rules.map(({ meta }): [string, string] => {
    const severity = locale === 'zh' ? `（默认：\`${meta.defaultSeverity}\`）。` : ` (default: \`${meta.defaultSeverity}\`). `;
    return [`${NLS_RULE_PREFIX}${meta.id}`, `**${meta.name[locale]}**${severity}${meta.description[locale]}`];
  });
  const entries: [string, string][] = [];
  let placed = false;
  for (const [key, value] of Object.entries(old)) {
    if (!key.startsWith(NLS_RULE_PREFIX)) entries.push([key, value]);
    else if (!placed) {
      entries.push(...generated);
      placed = true;
    }
  }
  if (!placed) entries.push(...generated);
  return json(Object.fromEntries(entries));
}

/** Replace the lines between `<!-- {name}:start ... -->` and `<!-- {name}:end -->` (markers kept). */
function replaceBlock(text: string, name: string, lines: string[], where: string): string {
  const start = text.indexOf(`<!-- ${name}:start`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < start) throw new Error(`${where}: no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  const afterStart = text.indexOf('\n', start) + 1;
  return text.slice(0, afterStart) + lines.map((l) => l + '\n').join('') + text.slice(end);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** README: the rule count and one table row per rule. */
function readme(rules: readonly Rule[], text: string): string {
  const rows = rules.map(({ meta }) =>
    `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${cell(meta.name.zh)} | ${cell(meta.description.en)} | \`${meta.defaultSeverity}\` | ${meta.fixable ? '✔' : ''} |`);
  return replaceBlock(text, 'rules', [
    `${rules.length} rules; the ids are public API (configs and CI scripts name them). Each page has the reasons, ✗/✓ examples (linted by the tests), options, the fix and the precision measured on held-out reports.`,
    '',
    '| 规则 Rule | 名称 | What it checks | 默认 Default | 可自动修正 Fix |',
    '|---|---|---|---|---|',
    ...rows,
  ], 'README.md');
}

const DOCS_MARK = '<!-- facts:start (generated from the rule\'s meta by npm run generate; edit the meta, not these lines) -->';

/** A rule's row of docs/precision.md's by-rule table: findings on the untouched sets and how many were real. */
interface Measured {
  findings: number;
  real: number;
}

const PRECISION_ANCHOR = '../precision.md#by-rule-the-untouched-provincial-reports-of-rounds-31-to-38';

/** The rows between `<!-- by-rule:start` and `<!-- by-rule:end -->` of docs/precision.md, by rule id. */
function measuredByRule(precision: string): Map<string, Measured> {
  const start = precision.indexOf('<!-- by-rule:start');
  const end = precision.indexOf('<!-- by-rule:end -->');
  if (start < 0 || end < start) throw new Error('docs/precision.md: no <!-- by-rule:start --> … <!-- by-rule:end --> block');
  const rows = new Map<string, Measured>();
  for (const line of precision.slice(start, end).split('\n')) {
    const m = /^\| ([a-z-]+) \| (\d+) \| (\d+) \|/.exec(line);
    if (m) rows.set(m[1], { findings: Number(m[2]), real: Number(m[3]) });
  }
  return rows;
}

/** The docs page's line on measured precision, from the by-rule table. */
function measuredLine({ findings, real }: Measured): string {
  const zh = findings === 0 ? '没有提示' : real === findings ? `${findings} 处提示，全部属实` : `${findings} 处提示，${real} 处属实，${findings - real} 处误报`;
  const en = findings === 0 ? 'no findings' : real === findings ? `${findings} findings, all real` : `${findings} findings, ${real} real, ${findings - real} false alarms`;
  return `实测（第 31—38 轮最后才读、读后才修的省级政府工作报告，434 万字）：${zh}（[逐条](${PRECISION_ANCHOR})） · Measured on 4.34 M characters of provincial reports read untouched (rounds 31–38): ${en}`;
}

/** A docs page: its title and facts lines come from meta (and the measured line from docs/precision.md); a page without the block gets one under its title. */
function docsPage({ meta }: Rule, text: string, measured?: Measured): string {
  const title = `# ${meta.id}（${meta.name.zh}）`;
  const facts = [`默认级别：\`${meta.defaultSeverity}\` · 可自动修复：${meta.fixable ? '✔' : '✘'} · Default severity \`${meta.defaultSeverity}\`, ${meta.fixable ? 'fixable' : 'not fixable'}`];
  const ids = Object.keys(meta.messages).map((id) => `\`${id}\``);
  facts.push('', `消息 id（机器可读输出的 \`messageId\`）：${ids.join('、')} · Message ids (\`messageId\` in --format json and sarif, and in LSP diagnostics' data): ${ids.join(', ')}`);
  if (measured) facts.push('', measuredLine(measured));
  const lines = text.split('\n');
  const body = (lines[0]?.startsWith('# ') ? lines.slice(1) : lines).join('\n');
  const withBlock = body.includes('<!-- facts:start') ? body : `\n${DOCS_MARK}\n<!-- facts:end -->\n\n` + body.replace(/^\n+/, '');
  return replaceBlock(`${title}\n${withBlock}`.replace(/<!-- facts:start[^\n]*/, DOCS_MARK), 'facts', facts, `docs/rules/${meta.id}.md`);
}
