// The command line's own lines (skip reasons, notes, write errors, the reasons of exit code 2) as templates: `{{name}}`
// is filled by say(). Kept in one table, as the server's (lsp/texts.ts), so `npm run generate` converts every one into
// zh-TW (messages.zh-tw.json, tools/taiwan-text.ts): a line written inline as a template literal could not be found, and
// stayed simplified under --locale zh-TW. The file's or the user's own words go in as values and stay as written.
import { fillTemplate, localize } from '../engine/messages';
import type { Locale, Localized, MessageData } from '../engine/types';

export const CLI_TEXTS = {
  tooLarge: {
    zh: '已跳过：文件有 {{size}}，超过上限 {{limit}}（要检查它，可加 --max-file-size {{enough}}，或在 .gongwenrc.json 中设 "maxFileSize": "{{enough}}"）',
    en: 'skipped: the file is {{size}}, over the limit of {{limit}} (to lint it, pass --max-file-size {{enough}} or set "maxFileSize": "{{enough}}" in .gongwenrc.json)',
  },
  binary: { zh: '已跳过：看来是二进制文件，不是文本', en: 'skipped: looks like a binary file, not text' },
  undecodable: {
    zh: '已跳过：无法识别文件编码（支持 UTF-8、带 BOM 的 UTF-16、GB18030/GBK）',
    en: 'skipped: cannot decode the file (supported: UTF-8, UTF-16 with BOM, GB18030/GBK)',
  },
  notAFile: {
    zh: '已跳过：不是普通文件（管道或设备）；管道里的文字请用 --stdin 读入',
    en: 'skipped: not a regular file (a pipe or a device); pipe text in with --stdin',
  },
  cannotReadFile: { zh: '无法读取文件：{{why}}', en: 'cannot read the file: {{why}}' },
  cannotReadFolder: { zh: '已跳过：无法读取文件夹：{{why}}', en: 'skipped: cannot read the folder: {{why}}' },
  ignored: { zh: '已跳过：与配置中的 ignorePatterns 匹配', en: 'skipped: matches ignorePatterns in the configuration' },
  cannotReadPath: { zh: '无法读取“{{path}}”：{{why}}', en: 'cannot read "{{path}}": {{why}}' },
  nothingInFolder: { zh: '“{{path}}”中没有可检查的 .txt、.md 或 .docx 文件', en: 'no .txt, .md or .docx files to check in "{{path}}"' },
  noMatch: { zh: '没有与“{{path}}”匹配的文件', en: 'no files match "{{path}}"' },
  stdinFilenameIgnored: { zh: '--stdin-filename 只与 --stdin 同用，已忽略', en: '--stdin-filename is used only with --stdin; ignored' },
  annotateOnlyWord: {
    zh: '--annotate 只为 Word 文档（.docx）写带批注的副本；这些文件照常检查',
    en: '--annotate writes commented copies of Word documents (.docx) only; these files were checked as usual',
  },
  tooManyWarnings: { zh: '警告过多：{{count}} 个（上限 {{max}} 个）', en: 'too many warnings: {{count}} (maximum: {{max}})' },
  configError: { zh: '配置错误：{{problem}}', en: 'configuration error: {{problem}}' },
  internalError: { zh: '内部错误：{{message}}（设 GONGWEN_DEBUG=1 可看详情）', en: 'internal error: {{message}} (set GONGWEN_DEBUG=1 for details)' },
  unencodable: {
    zh: '未写回修正：修正后的文字含有 {{encoding}} 无法表示的字符“{{character}}”（{{code}}），文件保持原样',
    en: 'fixes not written: the fixed text contains "{{character}}" ({{code}}), which {{encoding}} cannot represent; the file is unchanged',
  },
  notRoundTrip: {
    zh: '未写回修正：文件里有不规范的 {{encoding}} 字节序列，重写会改动修正以外的内容，文件保持原样',
    en: 'fixes not written: the file has non-canonical {{encoding}} byte sequences that rewriting would change; the file is unchanged',
  },
  verifyFailed: {
    zh: '未写回修正：按 {{encoding}} 编码后读回的文字与修正结果不一致，文件保持原样',
    en: 'fixes not written: the {{encoding}} bytes did not read back as the fixed text; the file is unchanged',
  },
  notWritten: { zh: '未写回修正：{{why}}，文件保持原样', en: 'fixes not written: {{why}}; the file is unchanged' },
  docxEncrypted: {
    zh: '已跳过：文档设有打开密码（已加密），请在 Word 中取消密码后再检查',
    en: 'skipped: the document is password-protected (encrypted); remove the password in Word first',
  },
  docxLegacy: {
    zh: '已跳过：这是旧版 Word 97-2003 二进制文档（.doc），请另存为 .docx 后再检查',
    en: 'skipped: this is a binary Word 97-2003 document (.doc); save it as .docx first',
  },
  docxWps: { zh: '已跳过：这是 WPS 文字格式（.wps），请另存为 .docx 后再检查', en: 'skipped: this is a WPS Writer file (.wps); save it as .docx first' },
  docxMacro: {
    zh: '已跳过：这是启用宏的文档（.docm），为安全起见不予处理，请另存为 .docx',
    en: 'skipped: macro-enabled documents (.docm) are not processed; save it as .docx',
  },
  docxTruncated: { zh: '已跳过：文档不完整（文件被截断），无法读取', en: 'skipped: the document is truncated and cannot be read' },
  docxCorrupt: { zh: '已跳过：文档已损坏，不是有效的 .docx（zip）文件', en: 'skipped: the document is corrupt, not a valid .docx (zip) file' },
  docxNotWord: { zh: '已跳过：这个 zip 文件里没有 Word 正文（word/document.xml）', en: 'skipped: this zip file has no Word body (word/document.xml)' },
  docxFixesSkipped: {
    zh: '{{count}} 处修正跨越域、修订、隐藏文字或制表符，未自动修正，请在 Word 中手工修改',
    en: '{{count}} fix(es) cross a field, tracked change, hidden text or tab and were not applied; make them in Word',
  },
  docxAnnotated: { zh: '已写出带批注的副本 {{name}}（{{count}} 条批注）', en: 'wrote {{name}} with {{count}} comment(s)' },
  docxAnnotatedNotWritten: { zh: '未写出带批注的副本：{{why}}', en: 'annotated copy not written: {{why}}' },
  docxInHeaders: {
    zh: '{{count}} 个问题在页眉或页脚中，Word 不能在那里加批注',
    en: '{{count}} finding(s) in headers or footers, where Word allows no comments',
  },
  // Usage errors (args.ts, exit code 2): the option, the value given and the lists are values, as written.
  takesNoValue: { zh: '选项 --{{name}} 不带参数值', en: 'option --{{name}} takes no value' },
  needsValue: { zh: '选项 --{{name}} 缺少参数值', en: 'option --{{name}} needs a value' },
  unknownFormat: { zh: '未知的输出格式“{{value}}”（可用：{{formats}}）', en: 'unknown format "{{value}}" (use {{formats}})' },
  badLocale: { zh: '--locale 只能是 zh、zh-TW 或 en，而不是“{{value}}”', en: '--locale must be zh, zh-TW or en, not "{{value}}"' },
  badConvert: { zh: '--convert 的目标只能是 {{targets}}，而不是“{{value}}”', en: '--convert target must be one of {{targets}}, not "{{value}}"' },
  ruleProblem: { zh: '--rule：{{problem}}', en: '--rule: {{problem}}' },
  badRuleSeverity: {
    zh: '--rule {{value}}：级别须为 off、info、warn 或 error，写作 规则:级别',
    en: '--rule {{value}}: severity must be off, info, warn or error, written id:severity',
  },
  badShard: { zh: '--shard 须写作 i/n，1 ≤ i ≤ n（如 2/4），而不是“{{value}}”', en: '--shard must be i/n with 1 ≤ i ≤ n (e.g. 2/4), not "{{value}}"' },
  badFileSize: {
    zh: '--max-file-size 须为正整数字节数，可带单位 K、M、G（也可写 KB、KiB 等，均按 1024 进位，如 500K、20M、1G），而不是“{{value}}”',
    en: '--max-file-size must be a positive whole number of bytes, optionally with a unit K, M or G (KB, KiB … also accepted, all powers of 1024: 500K, 20M, 1G), not "{{value}}"',
  },
  badInteger: { zh: '--{{name}} 须为不小于 {{min}} 的整数，而不是“{{value}}”', en: '--{{name}} must be an integer ≥ {{min}}, not "{{value}}"' },
  unknownOption: { zh: '未知选项 {{arg}}（用 --help 查看用法）', en: 'unknown option {{arg}} (see --help)' },
  fixAndDryRun: {
    zh: '--fix 与 --fix-dry-run 只能选一个（前者写回文件，后者只在内存中修正）',
    en: '--fix and --fix-dry-run cannot be used together (the first writes the files, the second only fixes in memory)',
  },
  fixWithStdin: { zh: '--fix 不能与 --stdin 同用（没有文件可写回）；请改用 --fix-dry-run', en: '--fix cannot be used with --stdin (there is no file to write); use --fix-dry-run' },
  annotateWithStdin: { zh: '--annotate 只用于 Word 文档文件，不能与 --stdin 同用', en: '--annotate works on Word document files and cannot be used with --stdin' },
  filesWithStdin: { zh: '--stdin 时不能再给出文件', en: 'no files can be given with --stdin' },
  convertWith: { zh: '--convert 只把转换后的全文写到标准输出，不能与 {{flag}} 同用', en: '--convert prints the converted text and cannot be used with {{flag}}' },
  convertOneFile: { zh: '--convert 需要恰好一个文件（或 --stdin）', en: '--convert needs exactly one file (or --stdin)' },
  noStdin: { zh: '没有可读的标准输入', en: 'no stdin to read' },
  suggestReplace: { zh: '建议：把“{{before}}”改为“{{after}}”', en: 'Suggested fix: replace "{{before}}" with "{{after}}"' },
  suggestDelete: { zh: '建议：删去“{{before}}”', en: 'Suggested fix: delete "{{before}}"' },
  suggestInsert: { zh: '建议：插入“{{after}}”', en: 'Suggested fix: insert "{{after}}"' },
} satisfies Record<string, Localized>;

/**
 * The line in `locale`, its `{{name}}` placeholders filled from `data`. zh-TW reads the generated table, which the CLI's
 * engine hands over when it loads (cli/engine.ts): a run in zh-TW loads it first (execute.ts, lintFile.ts).
 */
export function say(locale: Locale, text: Localized, data?: MessageData): string {
  const template = localize(text, locale);
  return data ? fillTemplate(template, data) : template;
}
