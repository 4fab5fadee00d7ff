/**
 * Excel serial numbers (1900 date system) ↔ zone-free dates. Serial 1 is
 * 1900-01-01; Excel keeps Lotus 1-2-3's fictitious 1900-02-29 as serial 60,
 * which we refuse rather than shift silently.
 */
import { EngineError } from '../core/errors';
import { type IsoDate, fromDayNumber, toDayNumber, yearOf } from './dates';

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 system, once the fictitious 1900-02-29 is skipped. */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/** Serial 60 is 1900-02-29, a day that never existed (Lotus 1-2-3's leap-year bug kept by Excel). */
export const EXCEL_FICTITIOUS_LEAP_DAY = 60;

/** Converts an Excel serial (1900 system) to a date; fractional time of day is dropped. */
export function fromExcelSerial(serial: number): IsoDate {
  if (!Number.isFinite(serial) || serial < 1) {
    throw new EngineError('date.serialRange', { value: String(serial) });
  }
  const whole = Math.floor(serial);
  if (whole === EXCEL_FICTITIOUS_LEAP_DAY) {
    throw new EngineError('date.fictitiousLeapDay', { value: String(serial) });
  }
  // Serials 1..59 are 1900-01-01..1900-02-28 and sit one day later than the epoch formula says.
  const day = whole < EXCEL_FICTITIOUS_LEAP_DAY ? whole + 1 : whole;
  const iso = fromDayNumber(EXCEL_EPOCH_DAY + day);
  if (yearOf(iso) > 9999) throw new EngineError('date.serialRange', { value: String(serial) });
  return iso;
}

export function toExcelSerial(iso: IsoDate): number {
  const n = toDayNumber(iso) - EXCEL_EPOCH_DAY;
  return n <= EXCEL_FICTITIOUS_LEAP_DAY ? n - 1 : n;
}
