/**
 * @timezone dates and deadlines: what they compute must not move with the machine's zone
 */
import fc from 'fast-check';
import { addMonths, weekday, attempt, t, formatIso } from '../../src/engine';
import { parseDateValue, parseDateText } from '../../src/engine/rules/parseDate';
import { fromExcelSerial, toExcelSerial } from '../../src/engine/rules/excelSerial';

describe('dates people type (docs/DEADLINES.md, accepted date forms)', () => {
  test.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４年３月５日', '2024-03-05'],
    ['２０２４－０３－０５', '2024-03-05'],
    [' 2024/03/05 ', '2024-03-05'],
  ])('%s', (text, iso) => expect(parseDateValue(text)).toBe(iso));

  test.each(['2024-02-30', '2023-02-29', '03/05/2024', '5 March 2024', '2024-3', 'tomorrow', '45000', '2024年3月'])(
    '"%s" is an error, not a guess',
    (text) => {
      const r = attempt(() => parseDateValue(text));
      expect(r.ok).toBe(false);
      expect(!r.ok && t('zh', r.code, r.params)).toContain(text);
    },
  );

  test('Excel serials (1900 system)', () => {
    expect(parseDateValue(45658)).toBe('2025-01-01');
    expect(parseDateValue(45658.75)).toBe('2025-01-01'); // time of day dropped
    expect(fromExcelSerial(1)).toBe('1900-01-01');
    expect(fromExcelSerial(59)).toBe('1900-02-28');
    expect(fromExcelSerial(61)).toBe('1900-03-01');
    expect(toExcelSerial('2025-01-01')).toBe(45658);
  });

  test('serial 60 (the fictitious 1900-02-29) is reported, not shifted', () => {
    const r = attempt(() => fromExcelSerial(60));
    expect(!r.ok && r.code).toBe('date.fictitiousLeapDay');
  });

  test('a JS Date from a file reader is read in UTC', () => {
    expect(parseDateValue(new Date(Date.UTC(2025, 5, 30)))).toBe('2025-06-30');
  });

  test('weekday', () => {
    expect(weekday('2025-10-11')).toBe(6);
    expect(weekday('2026-01-04')).toBe(0);
  });

  test('property: serial round trip', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => toExcelSerial(fromExcelSerial(serial)) === serial),
    );
  });

  test('property: every real day typed in each accepted form reads back the same', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        (d) => {
          const y = d.getUTCFullYear();
          const m = d.getUTCMonth() + 1;
          const day = d.getUTCDate();
          const iso = formatIso({ year: y, month: m, day });
          return [`${y}/${m}/${day}`, `${y}.${m}.${day}`, `${y}年${m}月${day}日`, iso].every(
            (s) => parseDateText(s) === iso,
          );
        },
      ),
    );
  });

  test('property: adding months never overshoots the target month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: 1, max: 60 }), (n, months) => {
        const start = fromExcelSerial(40000 + (n % 20000));
        const end = addMonths(start, months);
        const [sy, sm] = start.split('-').map(Number);
        const [ey, em] = end.split('-').map(Number);
        return ey * 12 + em - (sy * 12 + sm) === months;
      }),
    );
  });
});
