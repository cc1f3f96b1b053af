// The Traditional Chinese (Taiwan) text of the extension's own strings, made from the simplified ones: the settings'
// descriptions (package.nls.zh-tw.json, written by `npm run generate` from package.nls.zh-cn.json) and the client's
// messages (client/src/texts.ts; test/unit/client-texts.test.ts checks that its zh-tw table is this of its zh-cn table).
// VS Code reads package.nls.<display language>.json; its display language for Traditional Chinese is zh-tw (the one
// Traditional Chinese language pack; zh-hk falls back to package.nls.zh.json and then to English, not to zh-tw), so
// Hong Kong users read these strings too.
//
// OpenCC converts cn → twp (Taiwan glyphs and Taiwan phrases: 默认 → 預設, 设置 → 設定, 文档 → 文件, 保存文件 → 儲存檔案).
// Its phrase table is general-purpose; read against the Taiwan strings of VS Code and Word, some words came out wrong or
// mainland in the 88 strings (round 36: 60 settings, 28 client strings), and TAIWAN_USAGE puts them right after the
// conversion. Each is a word of software or editing, never a rule id or code (OpenCC leaves ASCII alone, so
// `wrong-character`, `.gongwenrc.json` and `#gongwen.run#` are untouched).
import { Converter } from 'opencc-js';

/**
 * After OpenCC (traditional text, longest first where one contains another): mainland software and editing words and
 * their Taiwan ones.
 */
export const TAIWAN_USAGE: readonly (readonly [string | RegExp, string])[] = [
  // 配置 is the configuration file (.gongwenrc.json) in these strings: 設定檔.
  ['專案配置檔案', '專案設定檔'],
  ['配置檔案', '設定檔'],
  ['配置 ', '設定檔的 '],
  ['配置', '設定'],
  // VS Code (zh-tw): Quick Fix 快速修正, Fix All 全部修正; override 覆寫; list 清單; extension 延伸模組;
  // language identifier 語言識別碼; message 訊息 (資訊 is information). 覆蓋 only before a setting's name (`…`): it
  // may be coverage elsewhere.
  ['修復', '修正'],
  [/覆蓋(?= ?`)/g, '覆寫'],
  ['列表', '清單'],
  ['擴充套件', '延伸模組'],
  ['語言標識', '語言識別碼'],
  ['提示資訊', '提示訊息'],
  // VS Code (zh-tw): Reopen with Encoding 以編碼重新開啟; a pattern that matches 相符.
  ['通過編碼重新開啟', '以編碼重新開啟'],
  ['匹配', '相符'],
  ['純文本', '純文字'],
  ['文本', '文字'],
  // Word (zh-tw): comments are 註解.
  ['批註', '註解'],
  // 录入 (keying in) is 輸入 in Taiwan; 叹号 is 驚嘆號; a shared network drive is 網路共用磁碟.
  ['錄入', '輸入'],
  ['歎號', '驚嘆號'],
  ['共享盤', '網路共用磁碟'],
  // OpenCC's own words: its 词组 are phrases (詞組), not 片語 (idioms); 数据 of a report are figures (數據), not
  // 資料 (computer data).
  ['OpenCC 片語', 'OpenCC 詞組'],
  [/資料(?!夾|庫)/g, '數據'],
  // OpenCC's twp gives 二進位制 for 二进制 and 許可權 for 权限 (Taiwan: 二進位, 權限); a tab is a 定位字元, a macro a
  // 巨集; 管道里 keeps 里 (the CLI's lines, round 38).
  ['二進位制', '二進位'],
  ['許可權', '權限'],
  ['製表符', '定位字元'],
  ['啟用宏', '啟用巨集'],
  ['管道里', '管道裡'],
  // Round 38 (wave three), read as a Taiwan editor would: OpenCC's twp cuts 正整数字节数 as 整數/字節 and leaves 字節
  // (Taiwan: 位元組, as the other byte strings say); it gives 引數 (argument) for 参数, but an option's value is a
  // 參數值; 文档文件 comes out 文件檔案 (a Word document: 文件); a list of files is a 檔案清單; the current directory is
  // the 目前目錄; 查找 (find files, settings) comes out 查詢 (a query), Taiwan says 尋找; a call stack is a 呼叫堆疊.
  ['字節', '位元組'],
  ['引數', '參數'],
  ['文件檔案', '文件'],
  ['文件清單', '檔案清單'],
  ['當前目錄', '目前目錄'],
  ['查詢', '尋找'],
  ['呼叫棧', '呼叫堆疊'],
  // Code and editor words of the CLI's lines: a comment in code (JSON comments, disable comments) is a 註解; by hand is
  // 手動; to create a file is 建立; --help is 說明; CPU cores are 核心; a line break is a 換行字元; braces and
  // brackets are 大括號, 中括號; a Word field is a 功能變數; 匹配到文件 (matched files) reads 符合的檔案.
  ['註釋', '註解'],
  ['手工', '手動'],
  ['新建', '建立'],
  ['本幫助', '本說明'],
  ['CPU 核數', 'CPU 核心數'],
  ['換行符', '換行字元'],
  ['花括號', '大括號'],
  ['方括號', '中括號'],
  ['跨越域', '跨越功能變數'],
  ['沒有相符到檔案', '沒有符合的檔案'],
  // Taiwan quotation marks: 「」 outside, 『』 inside.
  ['“', '「'],
  ['”', '」'],
  ['‘', '『'],
  ['’', '』'],
];

/** Mainland words that must not be left in a Taiwan string (test/unit/generated.test.ts, client-texts.test.ts). */
export const MAINLAND_WORDS = ['默認', '設置', '配置', '文檔', '程序', '信息', '修復', '擴充套件', '列表', '純文本', '錄入', '批註', '字節', '引數', '文件檔案', '文件清單', '當前目錄', '查詢', '呼叫棧', '註釋', '手工', '新建', '幫助', '換行符', '花括號', '方括號', '“', '”'];

let cnToTw: ((text: string) => string) | undefined;

/** Simplified text in Taiwan Traditional Chinese: OpenCC cn → twp, then TAIWAN_USAGE. */
export function toTaiwan(text: string): string {
  cnToTw ??= Converter({ from: 'cn', to: 'twp' });
  let out = cnToTw(text);
  for (const [from, to] of TAIWAN_USAGE) out = typeof from === 'string' ? out.split(from).join(to) : out.replace(from, to);
  return out;
}
