// Adds up vitest JSON reports into the plain "N passed, N failed" line CI reads.
import { existsSync, readFileSync } from 'node:fs';

// `--failed N` counts steps outside vitest (lint, typecheck) that failed.
const args = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const i = args.indexOf('--failed');
if (i >= 0) failed += Number(args.splice(i, 2)[1] ?? 0);
for (const file of args) {
  if (!existsSync(file)) {
    console.error(`missing test report ${file}: counting the run as failed`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
