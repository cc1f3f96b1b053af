// Filled in by esbuild from package.json, so messages, SARIF and docs links name the release.
declare const __GONGWEN_VERSION__: string;
export const VERSION: string = typeof __GONGWEN_VERSION__ === 'string' ? __GONGWEN_VERSION__ : '0.0.0-dev';
export const REPOSITORY_URL = 'https://github.com/gongwen-lint/gongwen-lint';

/** The documentation page of a rule, pinned to this release. */
export function ruleDocsUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${ruleId}.md`;
}
