// SARIF 2.1.0 for code-scanning dashboards. Columns are UTF-16 code units (columnKind says so),
// locations are relative to the working directory, which `%SRCROOT%` names.
import { pathToFileURL } from 'node:url';
import type { Locale, Rule, Severity } from '../engine';
import { localize } from '../engine/messages';
import { REPOSITORY_URL, ruleDocsUrl, VERSION } from '../engine/version';
import { displayPath, type FileResult, type FormatterContext } from './types';

const LEVEL = { 2: 'error', 1: 'warning', 0: 'note' } as const;
const DEFAULT_LEVEL: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'note', off: 'none' };

export default function sarif(results: readonly FileResult[], context: FormatterContext): string {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.meta.id, index]));
  const sarifResults: unknown[] = [];
  const notifications: unknown[] = [];
  for (const result of results) {
    const uri = sarifUri(result.filePath, context.cwd);
    for (const m of result.messages) {
      const location = {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
          region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
        },
      };
      if (m.fatal) {
        notifications.push({ level: 'error', message: { text: m.message }, descriptor: { id: m.ruleId }, locations: [location] });
        continue;
      }
      sarifResults.push({
        ruleId: m.ruleId,
        ...(ruleIndex.has(m.ruleId) ? { ruleIndex: ruleIndex.get(m.ruleId) } : {}),
        level: LEVEL[m.severity],
        // SARIF's message id (§3.11.10) names one of the rule descriptor's messageStrings: the rule's messageId.
        message: m.messageId !== undefined ? { text: m.message, id: m.messageId } : { text: m.message },
        locations: [location],
        ...(m.relatedLocations
          ? {
              relatedLocations: m.relatedLocations.map((r, id) => ({
                id,
                message: { text: r.message },
                physicalLocation: {
                  artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                  region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
                },
              })),
            }
          : {}),
      });
    }
  }
  for (const skipped of context.skipped) {
    notifications.push({
      level: skipped.failure ? 'error' : 'warning',
      message: { text: skipped.reason },
      locations: [{ physicalLocation: { artifactLocation: { uri: sarifUri(skipped.filePath, context.cwd), uriBaseId: '%SRCROOT%' } } }],
    });
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'gongwen-lint',
            version: VERSION,
            informationUri: REPOSITORY_URL,
            rules: context.rules.map((rule) => ({
              id: rule.meta.id,
              name: localize(rule.meta.name, context.locale),
              shortDescription: { text: localize(rule.meta.name, context.locale) },
              fullDescription: { text: localize(rule.meta.description, context.locale) },
              helpUri: ruleDocsUrl(rule.meta.id),
              defaultConfiguration: { level: DEFAULT_LEVEL[rule.meta.defaultSeverity] },
              messageStrings: messageStrings(rule, context.locale),
              properties: { fixable: rule.meta.fixable, type: rule.meta.type },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
        invocations: [{ executionSuccessful: notifications.every((n) => (n as { level: string }).level !== 'error'), toolExecutionNotifications: notifications }],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * The rule's messages by messageId, each its template in the run's language (SARIF §3.49.11, what a result's message.id
 * names). A template's `{{name}}` is SARIF's escape of a literal brace, so it reads as `{name}`: the strings have no
 * SARIF placeholders (`{0}`) and the results no `arguments`; each result's message.text is the filled-in message.
 */
function messageStrings(rule: Rule, locale: Locale): Record<string, { text: string }> {
  const strings: Record<string, { text: string }> = {};
  for (const [id, template] of Object.entries(rule.meta.messages)) {
    strings[id] = { text: sarifLiteral(localize(template, locale)) };
  }
  return strings;
}

/** `{{name}}` kept as it is (SARIF reads it as the literal `{name}`), any other brace doubled to stay literal. */
function sarifLiteral(template: string): string {
  return template.split(/(\{\{[^{}]*\}\})/).map((part, i) => (i % 2 === 1 ? part : part.replace(/[{}]/g, '$&$&'))).join('');
}

/** A URI reference relative to cwd: forward slashes, non-ASCII and reserved characters percent-encoded. */
function sarifUri(filePath: string, cwd: string): string {
  const shown = displayPath(filePath, cwd);
  if (shown.startsWith('/') || /^[A-Za-z]:\//.test(shown)) return pathToFileURL(filePath).href;
  return shown.split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
