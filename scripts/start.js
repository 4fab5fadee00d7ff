#!/usr/bin/env node
/**
 * `npm start`: serve the add-in over https://localhost:3000 and get it into Excel.
 *
 *  - Certificates: office-addin-dev-certs (a local CA, trusted by the OS so
 *    Excel accepts https://localhost). If installing the CA fails (no admin
 *    rights, no keychain, offline Linux), we still serve with its certificate
 *    files and say how to trust the CA by hand; if even generating fails,
 *    openssl makes a self-signed one (the browser must then be told to accept it).
 *  - Sideloading: office-addin-debugging is not a dependency (its keytar
 *    dependency does not build on every machine), so we do its one job here:
 *    Windows — register manifest.xml under the Office developer key
 *    (HKCU\Software\Microsoft\Office\16.0\WEF\Developer), the same key that
 *    tool writes; macOS — copy it into Excel's `wef` folder. Then open Excel.
 *    Elsewhere (Linux, no Excel) we print how to upload manifest.xml in Excel
 *    on the web.
 *  `npm start -- --no-sideload` only serves.
 *  `npm start -- --local-office` serves Office.js from the add-in's own origin
 *  (webpack.config.js, `--env localOffice`), as an isolated intranet needs it
 *  (docs/INSTALL.md); the default loads it from Microsoft's CDN.
 */
'use strict';
/* global setTimeout */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const noSideload = process.argv.includes('--no-sideload');
const localOffice = process.argv.includes('--local-office');

function addinId() {
  return /<Id>([^<]+)<\/Id>/.exec(fs.readFileSync(manifest, 'utf8'))[1];
}

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const o = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out installing the CA')), 60000)),
    ]);
    console.log('https: certificate from office-addin-dev-certs (CA installed).');
    return o;
  } catch (e) {
    console.warn(`office-addin-dev-certs could not install its CA: ${e.message}`);
  }
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = {
    ca: path.join(dir, 'ca.crt'),
    cert: path.join(dir, 'localhost.crt'),
    key: path.join(dir, 'localhost.key'),
  };
  try {
    if (!fs.existsSync(files.cert)) {
      fs.mkdirSync(dir, { recursive: true });
      await require('office-addin-dev-certs/lib/generate').generateCertificates(files.ca, files.cert, files.key, 30);
    }
    console.warn(
      `Serving with ${files.cert}. Trust the CA ${files.ca} in your OS / browser, or Excel will refuse the pane.`,
    );
    return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
  } catch (e) {
    console.warn(`Could not generate certificates with office-addin-dev-certs: ${e.message}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rl-cert-'));
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '30',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      path.join(tmp, 'key.pem'),
      '-out',
      path.join(tmp, 'cert.pem'),
    ],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('no certificate: neither office-addin-dev-certs nor openssl worked');
  console.warn('Serving with a self-signed certificate: open https://localhost:3000/taskpane.html once and accept it.');
  return { cert: fs.readFileSync(path.join(tmp, 'cert.pem')), key: fs.readFileSync(path.join(tmp, 'key.pem')) };
}

function sideload() {
  if (process.platform === 'win32') {
    const r = spawnSync(
      'reg',
      [
        'add',
        'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer',
        '/v',
        addinId(),
        '/t',
        'REG_SZ',
        '/d',
        manifest,
        '/f',
      ],
      { stdio: 'inherit' },
    );
    if (r.status === 0) {
      console.log('Sideloaded: manifest.xml is registered for Excel. Opening Excel…');
      spawnSync('cmd', ['/c', 'start', 'excel'], { stdio: 'ignore' });
      console.log(
        'In Excel: Home → 整改台账 → 台账窗格. (Remove later: reg delete HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer /v ' +
          addinId() +
          ')',
      );
      return true;
    }
  }
  if (process.platform === 'darwin') {
    const wef = path.join(os.homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
    if (fs.existsSync(path.dirname(wef))) {
      fs.mkdirSync(wef, { recursive: true });
      fs.copyFileSync(manifest, path.join(wef, `${addinId()}.manifest.xml`));
      console.log(`Sideloaded: copied manifest.xml to ${wef}. Opening Excel…`);
      spawnSync('open', ['-a', 'Microsoft Excel'], { stdio: 'ignore' });
      console.log('In Excel: Home → 整改台账 → 台账窗格 (or Insert → My Add-ins → Developer Add-ins).');
      return true;
    }
  }
  return false;
}

function printWebInstructions() {
  console.log(`
No desktop Excel found here (or --no-sideload). To use the add-in in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web), on this same computer.
  2. Home → Add-ins → More Add-ins → My Add-ins → Upload My Add-in
     (or Insert → Add-ins → Upload My Add-in), choose:
       ${manifest}
  3. The 整改台账 group appears on the Home tab: 台账窗格 / 检查 / 刷新.
  The pane is served by this process from https://localhost:3000; keep it running.
  在网页版 Excel 中：开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项，选择上面的 manifest.xml。
`);
}

(async () => {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const config = require(path.join(root, 'webpack.config.js'))({ localOffice }, { mode: 'development' });
  const server = new WebpackDevServer(
    { ...config.devServer, server: { type: 'https', options: await httpsOptions() } },
    webpack(config),
  );
  await server.start();
  console.log(
    `Serving the add-in at https://localhost:3000/taskpane.html (Office.js from ${
      localOffice ? 'https://localhost:3000/office-js/' : "Microsoft's CDN"
    })`,
  );
  if (noSideload || !sideload()) printWebInstructions();
})().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
