/**
 * The production add-in as the tests need it, built once per mode and reused (scripts/e2e-build.js: webpack
 * `--env e2e` into test-output/e2e-addin, with `--env localOffice` into test-output/e2e-addin-local; `npm test`
 * builds both in the background from its start, and a test file that needs a mode still being built waits for it).
 */
import * as path from 'path';

export type OfficeJsMode = 'cdn' | 'local';

export const root = path.resolve(__dirname, '..', '..');

const e2eBuild = require('../../scripts/e2e-build.js') as {
  buildDir(mode: OfficeJsMode): string;
  built(mode: OfficeJsMode): string;
};

export function buildDir(mode: OfficeJsMode): string {
  return e2eBuild.buildDir(mode);
}

/** Builds the add-in in `mode` unless a fresh build is there; returns its folder. */
export function built(mode: OfficeJsMode): string {
  return e2eBuild.built(mode);
}

/** The <script> elements of a built page, in document order: external (src) or inline (text). */
export function scriptsOf(html: string): { src: string | null; text: string }[] {
  const out: { src: string | null; text: string }[] = [];
  // The production HTML is minified: attribute quotes are optional.
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const src = /\bsrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]);
    out.push({ src: src ? (src[1] ?? src[2] ?? src[3]) : null, text: m[2] });
  }
  return out;
}
