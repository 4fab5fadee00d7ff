/**
 * The files of 下发 and 回收 in the pane: the packages the engine planned,
 * written as .xlsx by the command line's own writer (src/xlsx/bytes.ts) and
 * offered as one .zip download; the files a user picks, read as the command
 * line reads them. The writer (ExcelJS) loads only when one of these runs.
 */
import JSZip from 'jszip';
import type { DistributedPackage, ReturnedFile } from '../../../engine';

const xlsxCode = () => import(/* webpackChunkName: "xlsx" */ '../../../xlsx/bytes');

/** Every package in one .zip, each under the file name the engine gave it. */
export async function packagesZip(packages: readonly DistributedPackage[]): Promise<Blob> {
  const { planWorkbookBytes } = await xlsxCode();
  const zip = new JSZip();
  for (const p of packages) zip.file(p.file, await planWorkbookBytes(p.plan, p.file));
  return zip.generateAsync({ type: 'blob', mimeType: 'application/zip' });
}

/** The files the user picked, read one after another (`onFile` says which). */
export async function readReturned(files: readonly File[], onFile: (name: string) => void): Promise<ReturnedFile[]> {
  const { snapshotOfBytes } = await xlsxCode();
  const out: ReturnedFile[] = [];
  for (const f of files) {
    onFile(f.name);
    out.push({ file: f.name, snapshot: await snapshotOfBytes(new Uint8Array(await f.arrayBuffer()), f.name) });
  }
  return out;
}
