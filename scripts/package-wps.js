#!/usr/bin/env node
/**
 * After `webpack --config webpack.wps.js`: the deployment files of the WPS 加载项 in dist/wps/.
 *
 *   jsplugins.xml          online mode: the list WPS reads from the URL in oem.ini (JSPluginsServer);
 *                          one <jspluginonline> entry pointing at the folder that holds ribbon.xml
 *   publish.xml            the same entry as WPS keeps it in its jsaddons folder once installed
 *                          (what a publish page writes); for copying onto desktops by hand
 *   offline/<name>_<version>/   the add-in as WPS unpacks an offline package into jsaddons
 *   offline/<name>.zip     that folder zipped (wpsjs itself packs .7z: see the README)
 *   offline/jsplugins.xml  offline mode: one <jsplugin> entry with the archive's URL and version
 *
 *   WPS_ADDIN_URL=http://intranet.example/perf-eval/ npm run build:wps
 *
 * sets the server folder written into the templates (default: a placeholder to replace).
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { zipSync } = require('fflate');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist', 'wps');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The add-in's name in WPS: ASCII, no spaces (it names the jsaddons folder). */
const NAME = pkg.name;
const VERSION = pkg.version;
const PLACEHOLDER_URL = 'http://your-intranet-server/perf-eval/';

function serverUrl() {
  const url = process.env.WPS_ADDIN_URL || PLACEHOLDER_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

function xmlAttr(value) {
  return String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The files of the add-in (everything webpack wrote, without the deployment files themselves). */
function addinFiles(dir, prefix = '') {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!prefix && ['offline', 'jsplugins.xml', 'publish.xml'].includes(entry.name)) continue;
    if (entry.isDirectory()) out.push(...addinFiles(path.join(dir, entry.name), rel));
    else out.push(rel);
  }
  return out.sort();
}

function onlineEntry(url) {
  return `  <jspluginonline name="${xmlAttr(NAME)}" type="et" url="${xmlAttr(url)}" enable="true" />`;
}

function writeTemplates(url) {
  const header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const jsplugins = [
    header,
    `<!-- ${NAME} ${VERSION}: online mode. Serve dist/wps/ at ${url} (ribbon.xml must be at ${url}ribbon.xml),`,
    '     put this file on the server too, and point oem.ini [Server] JSPluginsServer at its URL. -->',
    '<jsplugins>',
    onlineEntry(url),
    '</jsplugins>',
    '',
  ].join('\n');
  const publish = [
    header,
    `<!-- ${NAME} ${VERSION}: the entry WPS keeps in jsaddons/publish.xml for an online add-in.`,
    '     Merge the jspluginonline line into an existing publish.xml; do not drop other add-ins. -->',
    '<jsplugins>',
    onlineEntry(url),
    '</jsplugins>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(DIST, 'jsplugins.xml'), jsplugins);
  fs.writeFileSync(path.join(DIST, 'publish.xml'), publish);
}

function writeOffline(url, files) {
  const offline = path.join(DIST, 'offline');
  fs.rmSync(offline, { recursive: true, force: true });
  const folderName = `${NAME}_${VERSION}`;
  const folder = path.join(offline, folderName);
  const zipEntries = {};
  for (const rel of files) {
    const data = fs.readFileSync(path.join(DIST, rel));
    fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
    fs.writeFileSync(path.join(folder, rel), data);
    zipEntries[`${folderName}/${rel}`] = [new Uint8Array(data), { level: 9 }];
  }
  const archive = `${NAME}.zip`;
  fs.writeFileSync(
    path.join(offline, archive),
    zipSync(zipEntries, { mtime: new Date('2020-01-01T00:00:00Z') }),
  );
  const jsplugins = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<!-- ${NAME} ${VERSION}: offline mode. WPS downloads the archive once per version and unpacks it`,
    `     into its jsaddons folder as ${folderName}/. url may also be a file:/// path on the desktop. -->`,
    '<jsplugins>',
    `  <jsplugin name="${xmlAttr(NAME)}" type="et" url="${xmlAttr(`${url}offline/${archive}`)}" version="${xmlAttr(VERSION)}" enable="true" />`,
    '</jsplugins>',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(offline, 'jsplugins.xml'), jsplugins);
  return { folderName, archive };
}

function main() {
  if (!fs.existsSync(path.join(DIST, 'ribbon.xml'))) {
    console.error('dist/wps/ribbon.xml is missing: run webpack --config webpack.wps.js first');
    process.exit(1);
  }
  const url = serverUrl();
  const files = addinFiles(DIST);
  writeTemplates(url);
  const { folderName, archive } = writeOffline(url, files);
  console.log(`WPS add-in ${NAME} ${VERSION} in dist/wps/ (${files.length} files)`);
  console.log(`  online:  jsplugins.xml and publish.xml for ${url}`);
  console.log(`  offline: offline/${folderName}/, offline/${archive}, offline/jsplugins.xml`);
  if (url === PLACEHOLDER_URL) console.log('  set WPS_ADDIN_URL to write your server into the templates');
}

if (require.main === module) main();

module.exports = { addinFiles, NAME, VERSION };
