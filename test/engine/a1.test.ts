/**
 * A1 addresses as the engine parses them (core/a1.ts): read character by character, they must mean what the
 * pattern /^\$?([A-Z]+)\$?(\d+)$/ (either case) says: the same row and column, or a refusal.
 */
import fc from 'fast-check';
import { parseAddress } from '../../src/engine/core/a1';

function byPattern(address: string): { row: number; column: number } | 'refused' {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(address);
  if (!m) return 'refused';
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

function parsed(address: string): { row: number; column: number } | 'refused' {
  try {
    return parseAddress(address);
  } catch {
    return 'refused';
  }
}

test('addresses read as the pattern reads them', () => {
  expect(parseAddress('C7')).toEqual({ row: 7, column: 3 });
  expect(parseAddress('$AB$12')).toEqual({ row: 12, column: 28 });
  expect(parseAddress('xfd1048576')).toEqual({ row: 1048576, column: 16384 });
  for (const bad of ['', 'A', '7', '$7', 'A$', 'A$$1', '$$A1', 'A1:B2', 'A1 ', ' A1', 'A-1', '[1'])
    expect(() => parseAddress(bad)).toThrow(`not an A1 address: ${bad}`);
  const piece = fc.constantFrom('$', 'a', 'A', 'z', 'Z', '0', '1', '9', ':', '@', '[', '`', '{', ' ', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const address = pieces.join('');
      expect(parsed(address)).toEqual(byPattern(address));
    }),
    { numRuns: 20000 },
  );
});
