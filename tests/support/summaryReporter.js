/**
 * Ends every Jest run with one plain line, "N passed, N failed" (and skipped when there are any),
 * which any CI log reader understands without knowing Jest's own summary format.
 */
'use strict';

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
  }
}

module.exports = SummaryReporter;
