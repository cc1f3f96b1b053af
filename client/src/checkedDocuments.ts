// Which documents the language server is given (the client's document selector) — and so which ones the palette's fix-all
// and convert commands can act on. Pure, so it is unit-tested: a command run on another document (a .json file, a
// Python file) did nothing at all, not even say why (round 38).
import { DOCX_SCHEME } from '../../server/src/lsp/protocol';

/** The schemes of ordinary documents the server checks in the configured languages. */
const SCHEMES: readonly string[] = ['file', 'untitled'];

/** The client's document selector for the configured language ids (gongwen.languages), the Word view included. */
export function documentSelector(languages: readonly string[]): { scheme: string; language: string }[] {
  return languages.flatMap((language) => SCHEMES.map((scheme) => ({ scheme, language }))).concat([{ scheme: DOCX_SCHEME, language: 'plaintext' }]);
}

/** Whether a document with this language id and URI scheme is one the server checks (documentSelector matches it). */
export function isCheckedDocument(document: { languageId: string; uri: { scheme: string } }, languages: readonly string[]): boolean {
  return documentSelector(languages).some((filter) => filter.scheme === document.uri.scheme && filter.language === document.languageId);
}
