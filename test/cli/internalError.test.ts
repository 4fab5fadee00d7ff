/**
 * A defect we did not foresee ends in one sentence in the user's language and
 * exit code 70, never a stack trace (RECTIFY_DEBUG=1 adds the stack). Made
 * here by a file port that fails with a plain Error.
 *
 * @timezone runs the command line without --today: its today is the machine's local date
 */
import { rectify } from '../helpers/cli';

jest.mock('../../src/xlsx/port', () => ({
  ...jest.requireActual('../../src/xlsx/port'),
  filePort: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'x')");
  },
}));

afterEach(() => delete process.env.RECTIFY_DEBUG);

test('an unforeseen error is one sentence, with exit code 70', async () => {
  const r = await rectify('check', 'any.xlsx');
  expect(r.code).toBe(70);
  expect(r.err).toBe(
    "rectify 内部出错：Cannot read properties of undefined (reading 'x')。文件要么已完整写入，要么保持原样，不会只写一半。请把这句话和所用命令告诉维护者（设置 RECTIFY_DEBUG=1 可显示详细信息）。\n",
  );
  const en = await rectify('check', 'any.xlsx', '--lang', 'en');
  expect(en.err).toMatch(/^rectify hit an internal error: Cannot read/);
  expect(en.err).not.toContain('    at ');
});

test('RECTIFY_DEBUG=1 adds the stack for whoever fixes it', async () => {
  process.env.RECTIFY_DEBUG = '1';
  const r = await rectify('check', 'any.xlsx');
  expect(r.err).toContain('    at ');
});
