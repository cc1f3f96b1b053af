// server/src/rules/index.ts, written from the rule files in that folder: the registry keeps its order
// (the order findings are produced in, part of the output), a new rule file is appended at the end and
// a deleted one dropped. So adding a rule needs only its file and its docs page; `npm run generate`
// writes this list with everything else that follows from them.

/** Files in server/src/rules/ that are not rules. */
export const NOT_RULES = new Set(['index.ts']);

/** The import name of a rule file: repeated-word.ts → repeatedWord. */
const importName = (file: string) => file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The rule files in registry order: those already listed in `current` as listed, then the new ones by name. */
export function registryOrder(current: string, files: readonly string[]): string[] {
  const ruleFiles = files.filter((f) => f.endsWith('.ts') && !NOT_RULES.has(f));
  const fileOf = new Map<string, string>();
  for (const m of current.matchAll(/^import (\w+) from '\.\/([\w-]+)';$/gm)) {
    if (m[1] && m[2]) fileOf.set(m[1], `${m[2]}.ts`);
  }
  const listed = /RULES: readonly Rule\[\] = \[([^\]]*)\]/.exec(current)?.[1] ?? '';
  const order = listed.split(',').map((s) => fileOf.get(s.trim())).filter((f): f is string => f !== undefined && ruleFiles.includes(f));
  return [...order, ...ruleFiles.filter((f) => !order.includes(f)).sort()];
}

/** The text of rules/index.ts for these rule files, in this order. */
export function registryFile(order: readonly string[]): string {
  return [
    '// The only registry of rules, written by `npm run generate` from the files in this folder (tools/registry-file.ts):',
    '// order is the order findings are produced in, so a new rule file is appended at the end; ids are public API.',
    "import type { Rule } from '../engine/types';",
    ...order.map((file) => `import ${importName(file)} from './${file.replace(/\.ts$/, '')}';`),
    '',
    'export const RULES: readonly Rule[] = [',
    ...order.map((file) => `  ${importName(file)},`),
    '];',
    '',
    'const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));',
    '',
    'export function ruleById(id: string): Rule | undefined {',
    '  return byId.get(id);',
    '}',
    '',
  ].join('\n');
}
