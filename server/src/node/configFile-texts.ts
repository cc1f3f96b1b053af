// The texts of configFile.ts, apart from it so `npm run generate` reads them without loading jsonc-parser.
import type { Localized } from '../engine/types';

/**
 * The config file's own problems as templates (the file's name and the user's words are values, as written), in one
 * table so `npm run generate` converts every one into zh-TW, with the JSON syntax errors below (round 38).
 */
export const CONFIG_FILE_TEXTS = {
  cannotRead: { zh: '{{file}}：无法读取配置文件：{{why}}', en: '{{file}}: cannot read the configuration file: {{why}}' },
  empty: { zh: '{{file}}:1:1: 文件是空的；请写一个 JSON 对象，如 {}', en: '{{file}}:1:1: the file is empty; write a JSON object such as {}' },
  notChanged: { zh: '{{problem}}（未修改）', en: '{{problem}} (not changed)' },
  allowArray: { zh: '“allow”须为非空字符串的数组', en: '"allow" must be an array of non-empty strings' },
  notUtf8: {
    zh: '{{file}}:1:1: 配置文件须为 UTF-8 编码，此文件是{{was}}；请在编辑器中另存为 UTF-8',
    en: '{{file}}:1:1: the configuration file must be encoded in UTF-8, and this one is in {{was}}; save it as UTF-8 in an editor',
  },
  wasUtf16: { zh: ' UTF-16 编码', en: 'UTF-16' },
  wasOther: { zh: '其他编码（如 GBK/GB18030）', en: 'another encoding (such as GBK/GB18030)' },
  syntax: { zh: 'JSON 语法错误：{{what}}', en: 'JSON syntax error: {{what}}' },
} satisfies Record<string, Localized>;

/** jsonc-parser's error codes in words (after “JSON 语法错误：”). */
export const PARSE_ERROR_TEXT: Record<string, Localized> = {
  InvalidSymbol: { zh: '无效的符号', en: 'invalid symbol' },
  InvalidNumberFormat: { zh: '无效的数字', en: 'invalid number' },
  PropertyNameExpected: { zh: '此处应为键名（键名须加英文双引号）', en: 'property name expected (keys need double quotes)' },
  ValueExpected: { zh: '此处应为值', en: 'value expected' },
  ColonExpected: { zh: '此处应为英文冒号 :', en: 'colon expected' },
  CommaExpected: { zh: '此处应为英文逗号 ,', en: 'comma expected' },
  CloseBraceExpected: { zh: '缺少右花括号 }', en: 'closing brace } expected' },
  CloseBracketExpected: { zh: '缺少右方括号 ]', en: 'closing bracket ] expected' },
  EndOfFileExpected: { zh: '此处应为文件结尾（顶层只能有一个值）', en: 'end of file expected (only one top-level value is allowed)' },
  InvalidCommentToken: { zh: '无效的注释', en: 'invalid comment' },
  UnexpectedEndOfComment: { zh: '注释没有结束', en: 'unterminated comment' },
  UnexpectedEndOfString: { zh: '字符串没有结束（缺少英文双引号）', en: 'unterminated string' },
  UnexpectedEndOfNumber: { zh: '数字没有结束', en: 'unterminated number' },
  InvalidUnicode: { zh: '无效的 \\u 转义', en: 'invalid \\u escape' },
  InvalidEscapeCharacter: { zh: '无效的转义字符', en: 'invalid escape character' },
  InvalidCharacter: { zh: '字符串里有无效字符', en: 'invalid character in string' },
};
