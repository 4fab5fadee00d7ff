/**
 * Builds the Excel add-in: task pane, ribbon function commands, manifest and
 * icons into dist/addin (production: `npm run build`). `npm start` serves the
 * same over https://localhost:3000 (scripts/start.js).
 *
 * `--env e2e` also builds the fake Excel host (test/fakeExcel/browser.ts) into
 * test-output/e2e-addin for the browser test; the pane's own bundle is the
 * production one either way.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production || env.e2e;
  const e2e = !!env.e2e;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-source-map',
    context: __dirname,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      ...(e2e ? { fakehost: './test/fakeExcel/browser.ts' } : {}),
    },
    output: {
      path: path.resolve(__dirname, e2e ? 'test-output/e2e-addin' : 'dist/addin'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: 'chunks/[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
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
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml' },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
        ],
      }),
    ],
    performance: {
      // The initial pane JS must stay small (target < 300 KB gzipped); panels load lazily.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1200 * 1024,
    },
    cache: { type: 'filesystem', name: `${production ? 'prod' : 'dev'}${e2e ? '-e2e' : ''}` },
    devServer: {
      port: 3000,
      host: 'localhost',
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};
