/**
 * Lays out a formal document (engine `FormalDocument`: a reminder letter, the
 * progress report, a 通报) as a .docx in the style of official documents
 * (GB/T 9704; the look is in styles.ts, the body in body.ts, the package in
 * package.ts). The words come from the engine, not from here. The command
 * line writes these files; the pane offers the same file for download (this
 * code is loaded only when asked for, not with the pane).
 *
 * Written here rather than with the `docx` package: that package builds an
 * object for every run, cell and property before it serialises them: the
 * progress report of a 10,000-problem ledger took 770 MB that way, over the
 * 500 MB any command may take (docs/PERFORMANCE.md, memory). A few fixed
 * parts and a body zipped piece by piece need a few megabytes.
 */
import type { FormalDocument, Lang, Letter } from '../engine';
import { letterAsDocument } from '../engine';
import { documentPieces } from './body';
import { docxPackage } from './package';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function documentBytes(doc: FormalDocument, lang: Lang): Uint8Array<ArrayBuffer> {
  return docxPackage({ title: doc.title, creator: doc.issuer, body: documentPieces(doc, lang) });
}

/** The .docx file's bytes (the command line writes them to a file). */
export async function documentDocx(doc: FormalDocument, lang: Lang): Promise<Buffer> {
  const bytes = documentBytes(doc, lang);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The same file as a Blob (the pane offers it for download; a browser has no Buffer). */
export async function documentBlob(doc: FormalDocument, lang: Lang): Promise<Blob> {
  return new Blob([documentBytes(doc, lang)], { type: DOCX_TYPE });
}

/** A reminder letter as .docx. */
export async function letterDocx(letter: Letter, lang: Lang): Promise<Buffer> {
  return documentDocx(letterAsDocument(letter, lang), lang);
}
