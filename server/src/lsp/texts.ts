// The language server's own texts (code-action titles, hover, notifications, internal errors) as templates: `{{name}}`
// is filled by say(). Kept in one table so `npm run generate` converts every one into zh-TW (messages.zh-tw.json,
// tools/taiwan-text.ts) with the rules' messages: a text written inline as a template literal could not be found.
import type { Localized } from '../engine';

export const SERVER_TEXTS = {
  fixAllTitle: { zh: '修复所有可自动修复的公文校对问题', en: 'Fix all auto-fixable gongwen problems' },
  disableLine: { zh: '在本行停用规则 {{ruleId}}', en: 'Disable {{ruleId}} for this line' },
  fixAllOfRule: { zh: '修复本文档中所有“{{rule}}”问题（{{count}} 处）', en: 'Fix all {{rule}} problems in this document ({{count}})' },
  showDocs: { zh: '查看规则 {{ruleId}} 的说明', en: 'Show documentation for {{ruleId}}' },
  allowInFile: { zh: '允许“{{phrase}}”（加入 .gongwenrc.json 的 allow）', en: 'Allow “{{phrase}}” (add it to "allow" in .gongwenrc.json)' },
  allowNewFile: { zh: '允许“{{phrase}}”（新建 .gongwenrc.json，加入 allow）', en: 'Allow “{{phrase}}” (create .gongwenrc.json with "allow")' },
  allowInSettings: { zh: '允许“{{phrase}}”（加入用户设置 gongwen.allow）', en: 'Allow “{{phrase}}” (add it to the user setting gongwen.allow)' },
  convertDocument: { zh: '将全文转换为{{script}}', en: 'Convert the whole document to {{script}}' },
  fixAllLabel: { zh: '公文校对：修复全部', en: 'gongwen: fix all' },
  convertLabel: { zh: '公文校对：转换为 {{target}}', en: 'gongwen: convert to {{target}}' },
  allowNoFolder: { zh: '公文校对：未保存的文件没有工作区，无法写入 .gongwenrc.json。', en: 'gongwen-lint: no folder to write .gongwenrc.json to (open a folder first).' },
  allowWriteFailed: { zh: '公文校对：未能写入 {{file}}：{{why}}', en: 'gongwen-lint: could not update {{file}}: {{why}}' },
  internalError: {
    zh: '内部错误：规则 {{ruleId}} 出错，本段未完成该项检查（{{message}}）。请把这段文字报告给 gongwen-lint。',
    en: 'Internal error: rule {{ruleId}} failed, so this check is incomplete here ({{message}}). Please report this text to gongwen-lint.',
  },
  changeTo: { zh: '改为“{{text}}”', en: 'Change to “{{text}}”' },
  hoverQuickFix: { zh: '快速修复：{{title}}', en: 'Quick fix: {{title}}' },
  hoverDocs: { zh: '规则说明', en: 'Rule documentation' },
  tooLarge: {
    zh: '公文校对：文件超过 maxFileSize（{{limit}}），未校对。要校对它，可在 .gongwenrc.json 中设 "maxFileSize": "{{enough}}"。',
    en: 'gongwen-lint: the file is larger than maxFileSize ({{limit}}) and was not checked. To check it, set "maxFileSize": "{{enough}}" in .gongwenrc.json.',
  },
  garbled: {
    zh: '公文校对：这个文件不是按 UTF-8 编码保存的（可能是 GBK/GB18030），编辑器显示为乱码，未校对。请用“通过编码重新打开”选 GB18030 或 GBK，或在设置中打开 files.autoGuessEncoding。',
    en: 'gongwen-lint: this file is not saved in UTF-8 (GBK/GB18030, perhaps), so the editor shows it garbled and it was not checked. Use “Reopen with Encoding” and pick GB18030 or GBK, or turn on files.autoGuessEncoding.',
  },
  badConfig: {
    zh: '公文校对：配置文件有误，已按默认设置校对。{{problems}}',
    en: 'gongwen-lint: the configuration file is invalid; linting with the defaults. {{problems}}',
  },
} satisfies Record<string, Localized>;
