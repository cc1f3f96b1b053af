// What bench/ab-run.ts loads from each tree it compares: that tree's engine and bench helpers, bundled
// with their own module state (tables, memos), so two trees run side by side in one process.
export { lintDocument } from '../server/src/engine';
export { configWith, MB, sourceTexts, textOfSize, warmUpRuns } from './lib';
