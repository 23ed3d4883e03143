#!/usr/bin/env node
/**
 * `npm start`: sideload the add-in into desktop Excel (Windows, macOS) with office-addin-debugging,
 * fetched by npx on demand (it is not a dependency: its native parts fail to install on Linux).
 * `npm run stop` (`node scripts/start.js stop`) unloads it again.
 *
 * On Linux there is no desktop Excel: the message points to the browser preview and to
 * sideloading the manifest in Excel on the web.
 */
'use strict';
const { spawnSync } = require('child_process');

const command = process.argv[2] === 'stop' ? 'stop' : 'start';

if (process.platform !== 'win32' && process.platform !== 'darwin') {
  console.error(
    [
      `npm ${command === 'start' ? 'start' : 'run stop'}: desktop Excel does not exist on ${process.platform}.`,
      '',
      'Instead:',
      '  npm run preview      the task pane against a sample workbook in a browser page',
      '                       (http://localhost:3000/preview.html, no Excel needed)',
      '  npm run dev-server   then sideload manifest.xml in Excel on the web:',
      '                       Home > Add-ins > More add-ins > My add-ins > Upload my add-in',
      '  npm run evaluate     the command line evaluates a workbook file',
    ].join('\n'),
  );
  process.exit(1);
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['--yes', 'office-addin-debugging', command, 'manifest.xml'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
process.exit(result.status === null ? 1 : result.status);
