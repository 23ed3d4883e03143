/**
 * Ends every Jest run with one plain line, "N passed, N failed" (and skipped when there are any),
 * which any CI log reader understands without knowing Jest's own summary format.
 */
'use strict';
const fs = require('fs');
const path = require('path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`${line}\n`);
    // Also kept in a file, so a CI script can repeat it as its very last line.
    const dir = path.resolve(__dirname, '../../test-output');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'summary.txt'), `${line}\n`);
  }
}

module.exports = SummaryReporter;
