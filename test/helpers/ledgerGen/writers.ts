/**
 * The same generated workbook saved by several writers: ExcelJS here, openpyxl
 * and XlsxWriter through write_ledger.py, all files of a run in one Python
 * process (starting Python per file would cost more than the files).
 */
import { execFileSync } from 'child_process';
import path from 'path';
import type { GenWorkbook } from './types';
import { writeWithExcelJs } from './writeExceljs';

export const WRITERS = ['exceljs', 'openpyxl', 'xlsxwriter'] as const;
export type WriterName = (typeof WRITERS)[number];

export interface WriteJob {
  out: string;
  writer: WriterName;
  workbook: GenWorkbook;
}

const SCRIPT = path.join(__dirname, 'write_ledger.py');
/** The system Python, where scripts/ensure-system-deps.sh installs python3-openpyxl and python3-xlsxwriter. */
const PYTHON = '/usr/bin/python3';

/** Writes every job; returns the error of each file that could not be written (none: an empty map). */
export async function writeAll(jobs: WriteJob[]): Promise<Map<string, string>> {
  const errors = new Map<string, string>();
  for (const job of jobs.filter((j) => j.writer === 'exceljs')) {
    try {
      await writeWithExcelJs(job.workbook, job.out);
    } catch (e) {
      errors.set(job.out, String(e));
    }
  }
  const python = jobs.filter((j) => j.writer !== 'exceljs');
  if (!python.length) return errors;
  try {
    const out = execFileSync(PYTHON, [SCRIPT], {
      input: JSON.stringify(python),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    for (const [file, error] of Object.entries(JSON.parse(out) as Record<string, string | null>))
      if (error) errors.set(file, error);
  } catch (e) {
    for (const job of python) errors.set(job.out, `write_ledger.py failed: ${String(e)}`);
  }
  return errors;
}
