/**
 * Builds the Excel add-in: task pane, ribbon function commands, the ribbon's
 * result dialog, manifest and icons into dist/addin (production:
 * `npm run build`). `npm start` serves the same over https://localhost:3000
 * (scripts/start.js).
 *
 * Office.js: by default every page loads it from Microsoft's CDN, which
 * Microsoft requires for add-ins published in AppSource / Microsoft
 * Marketplace ("If you plan to publish your Office Add-in from AppSource, you
 * must use this CDN reference",
 * https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
 * `--env localOffice` (or RL_LOCAL_OFFICE=1) copies office.js and the files it
 * loads from the @microsoft/office-js package into office-js/ and points
 * every page at that copy, for isolated intranets that cannot reach the CDN
 * (docs/INSTALL.md). office.js loads its other files from the folder it was
 * itself loaded from, so nothing then leaves the add-in's origin
 * (test/e2e/pane.test.ts checks it in both modes).
 *
 * Every page first runs src/taskpane/compat.js, inlined, in ES5: in an old
 * webview (Internet Explorer / EdgeHTML, or a Safari too old for ES2020) it
 * shows which Excel versions are supported instead of a blank pane. The
 * bundles themselves are ES2020; the one dependency shipped in newer syntax
 * (tabster, Fluent's focus manager: a static class block and `??=`) is
 * transpiled down so that compat.js's ES2020 test is the whole truth
 * (test/addin/webview.test.ts parses every emitted file at ES2020).
 *
 * `--env e2e` also builds the fake Excel host (test/fakeExcel/browser.ts) into
 * test-output/e2e-addin (test-output/e2e-addin-local with localOffice) for the
 * browser test; the pane's own bundle is the production one, lightly minified (see `devtool` below).
 */
const crypto = require('crypto');
const { URL } = require('url');
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The production office.js on Microsoft's CDN (the only URL of the add-in outside its own origin). */
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** Where the local copy goes, relative to the pages (so it works at any origin and path). */
const LOCAL_OFFICE_DIR = 'office-js';

/**
 * The files of @microsoft/office-js that an Excel add-in can need: office.js, the Excel host scripts for every
 * platform, the per-locale strings and the helpers office.js loads (telemetry sinks that report through Office
 * itself, the promise polyfill, the file-mapping table). Other hosts' scripts, debug builds and IntelliSense files
 * are left out.
 */
const OFFICE_JS_IGNORE = [
  '**/*.debug.js',
  '**/*-vsdoc.js',
  '**/*.d.ts',
  '**/outlook*',
  '**/word*',
  '**/powerpoint*',
  '**/onenote*',
  '**/project*',
  '**/access*',
  '**/visio*',
  '**/custom-functions-runtime*',
];

/**
 * The Content-Security-Policy of every page, as a <meta http-equiv> (the pages are static files: no header of ours
 * reaches them on every server they may be deployed to).
 *  - script-src: the add-in's own origin; in the default build also Microsoft's CDN, where office.js and the host
 *    scripts it loads live (the URL Microsoft requires, see OFFICE_JS_CDN's page above; the CSP sources office.js
 *    needs are not listed by Microsoft: https://github.com/OfficeDev/office-js/issues/1005); with `--env
 *    localOffice` nothing else. Inline scripts (compat.js, the dialog's script) by their SHA-256 only, computed
 *    from the emitted page. No 'unsafe-eval': nothing of ours evaluates text.
 *  - style-src 'unsafe-inline': the pages' own <style> blocks, and Office.js's host script for Excel on the web
 *    sets inline styles (https://github.com/OfficeDev/office-js/issues/1687). Fluent's Griffel alone would not
 *    need it: it adds its rules through the CSSOM (insertRule), which CSP does not govern, as are the element
 *    styles React, Fluent and compat.js set through element.style.
 *  - connect-src 'self': our code makes no network request; the pane's chunks are scripts from 'self'.
 * frame-ancestors cannot be set by a <meta> (Office frames the pages anyway); object-src 'none' and base-uri 'self'
 * close the remaining ways to load code. test/e2e/csp.test.ts checks every page has it and that no page breaks it.
 */
function contentSecurityPolicy(html, { localOffice }) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (m[1].length) hashes.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  const scripts = ["'self'", ...(localOffice ? [] : [new URL(OFFICE_JS_CDN).origin]), ...hashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its CSP <meta> first in <head>, before any script it governs. */
function withCsp(html, opts) {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) throw new Error('a page already has a CSP meta');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(html, opts)}">`;
  const out = html.replace(/<head>/i, `<head>${meta}`);
  if (out === html) throw new Error('a page has no <head> for its CSP');
  return out;
}

/**
 * Adds the CSP to every page the build emits (html-webpack-plugin's and the copied help page), at the last stage of
 * the build, so that the hashes are those of the inline scripts as finally minified.
 */
class CspPlugin {
  constructor(opts) {
    this.opts = opts;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CspPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CspPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => n.endsWith('.html'))) {
            const html = compilation.getAsset(name).source.source().toString();
            compilation.updateAsset(name, new sources.RawSource(withCsp(html, this.opts)));
          }
        },
      );
    });
  }
}

/**
 * Writes which files each named lazy chunk group needs (`<out>.chunks.json`, beside the add-in's folder, not
 * deployed): scripts/bundle-size.js adds up what the pane loads right after it starts (the engine, "core").
 */
class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('ChunkGroupsPlugin', (stats) => {
      const { namedChunkGroups = {} } = stats.toJson({ all: false, chunkGroups: true });
      const groups = {};
      for (const [name, g] of Object.entries(namedChunkGroups)) {
        groups[name] = g.assets.map((a) => (typeof a === 'string' ? a : a.name)).filter((f) => f.endsWith('.js'));
      }
      fs.writeFileSync(`${compiler.options.output.path}.chunks.json`, JSON.stringify(groups, null, 1));
    });
  }
}

function officeJsDist() {
  return path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
}

function read(file) {
  const text = fs.readFileSync(path.join(__dirname, file), 'utf8');
  // Inlined into <script>: it must not close the element early.
  if (/<\/script/i.test(text)) throw new Error(`${file} contains "</script": it cannot be inlined`);
  return text;
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production || env.e2e;
  const e2e = !!env.e2e;
  const localOffice = !!env.localOffice || process.env.RL_LOCAL_OFFICE === '1';
  const officeJs = localOffice ? `${LOCAL_OFFICE_DIR}/office.js` : OFFICE_JS_CDN;
  const page = (filename, template, chunks, extra = {}) =>
    new HtmlWebpackPlugin({ filename, template, chunks, officeJs, compatJs: read('src/taskpane/compat.js'), ...extra });
  const outDir = e2e ? `test-output/e2e-addin${localOffice ? '-local' : ''}` : 'dist/addin';
  return {
    mode: production ? 'production' : 'development',
    // The browser tests' build (--env e2e) is the production build with a lighter JS minifier and no source maps:
    // terser without compress or mangle only strips comments and whitespace (the pages' inline ES5 scripts are
    // minified as in production, comments and their URLs gone, so the CSP hashes and checks see what ships). That
    // build takes 53 s of CPU from nothing instead of 80 (docs/PERFORMANCE.md, "The test suite"); what the browser
    // tests check — the pane's behaviour, the pages and their CSP, ES2020 syntax, where office.js comes from — does not
    // depend on compress or mangle. No eval devtool, so the CSP (no 'unsafe-eval') holds. The fully minified build and
    // its size budget are .ci/run's `npm run build`.
    devtool: e2e ? false : production ? 'source-map' : 'eval-source-map',
    ...(e2e ? { optimization: { minimizeOptions: { javascript: { compress: false, mangle: false } } } } : {}),
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      ...(e2e ? { fakehost: './test/fakeExcel/browser.ts' } : {}),
    },
    output: {
      path: path.resolve(__dirname, outDir),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The pane writes and reads .xlsx packages (下发/回收) with the command line's code (src/xlsx/bytes.ts): its
      // zip-part paths are POSIX paths (path-browserify is Node's own module for browsers); Node's zlib only
      // speeds up a look the browser does through JSZip instead (src/xlsx/normalize.ts).
      fallback: { path: require.resolve('path-browserify'), zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type errors are `npm run typecheck`'s job; esnext modules let webpack split lazy panels.
            transpileOnly: true,
            compilerOptions: { module: 'esnext', sourceMap: true },
          },
        },
        {
          // tabster ships ES2022 (a static class block) and ES2021 (`??=`); everything else is ES2020 already.
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]tabster[\\/]/,
          loader: 'ts-loader',
          options: {
            instance: 'es2020-dependencies',
            transpileOnly: true,
            compilerOptions: { allowJs: true, target: 'ES2020', module: 'esnext', sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      page('taskpane.html', './src/taskpane/taskpane.html', ['taskpane']),
      page('commands.html', './src/commands/commands.html', ['commands']),
      // The ribbon commands' result dialog: a static page, its ES5 script inlined, no bundle.
      page('dialog.html', './src/dialog/dialog.html', [], { dialogJs: read('src/dialog/dialog.js') }),
      new CspPlugin({ localOffice }),
      new ChunkGroupsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          ...(localOffice
            ? [
                {
                  from: officeJsDist(),
                  to: LOCAL_OFFICE_DIR,
                  globOptions: { ignore: OFFICE_JS_IGNORE },
                  // Microsoft's files as published: already minified, not ours to rewrite.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    performance: {
      // The initial pane JS must stay small (at most 200 KB gzipped, scripts/bundle-size.js); the engine and the
      // panels load on demand. The local office.js copy is Microsoft's, not measured here (nor by bundle-size.js).
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
      assetFilter: (file) => !file.startsWith(`${LOCAL_OFFICE_DIR}/`) && !file.endsWith('.map'),
    },
    cache: {
      type: 'filesystem',
      // The browser test's two builds (CDN and local Office.js) share one cache: their modules and scripts are the
      // same, and what differs (the pages, their CSP, the office-js/ copy) is made anew in every build. The second
      // build then takes seconds (scripts/e2e-build.js).
      name: `${production ? 'prod' : 'dev'}${e2e ? '-e2e' : localOffice ? '-local' : ''}`,
      // The inlined ES5 scripts are read by this file, not imported: a change to them must rebuild the pages.
      buildDependencies: {
        config: ['webpack.config.js', 'src/taskpane/compat.js', 'src/dialog/dialog.js'].map((f) =>
          path.resolve(__dirname, f),
        ),
      },
    },
    devServer: {
      port: 3000,
      host: 'localhost',
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
module.exports.LOCAL_OFFICE_DIR = LOCAL_OFFICE_DIR;
