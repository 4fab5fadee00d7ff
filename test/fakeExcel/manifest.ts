/** The ExcelApi minimum the add-in's manifest declares, for tests that run at it (Node only: reads manifest.xml). */
import { readFileSync } from 'fs';
import { join } from 'path';

/** <Set Name="ExcelApi" MinVersion="…"/> of manifest.xml. */
export function manifestExcelApi(root = join(__dirname, '..', '..')): string {
  const xml = readFileSync(join(root, 'manifest.xml'), 'utf8');
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error('manifest.xml declares no ExcelApi minimum');
  return m[1];
}
