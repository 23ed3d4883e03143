#!/usr/bin/env node
/**
 * `npm run evaluate -- …`: the perf-eval command line from a checkout. Compiles only when a
 * source changed since the last build (see build-cli.js), then runs the compiled program in this
 * same process, so an unchanged checkout costs one Node start, as `npx perf-eval` does.
 */
'use strict';
require('./build-cli').ensureBuilt();
require('../dist/cli/src/cli/main.js').main();
