/**
 * Runs after every test file of the newest-ExcelApi project (jest.config.js). The fake Excel host notes when a
 * file, on a host at the project's level, used a member or asked `isSetSupported` for a version above the
 * manifest's minimum (test/fakeExcel/api.ts `noteAboveMinimum`): an Excel at that minimum would refuse it or answer
 * otherwise, so the file must also run at the minimum, which jest.config.js does for files tagged
 * `@excelApiMinimum`. A file that needs the tag and lacks it fails here, naming what it used.
 */
const { hasTag } = require('../../scripts/testTags') as { hasTag: (file: string, name: string) => boolean };

afterAll(() => {
  const g = globalThis as { EXCEL_API_ABOVE_MINIMUM?: string; MANIFEST_EXCEL_API?: string };
  const used = g.EXCEL_API_ABOVE_MINIMUM;
  const file = expect.getState().testPath;
  if (!used || !file || hasTag(file, 'excelApiMinimum')) return;
  throw new Error(
    `${file} used ${used} on the fake Excel host, above the manifest's minimum ExcelApi ${g.MANIFEST_EXCEL_API}: ` +
      `an Excel at that minimum refuses it or answers otherwise. Add a line "@excelApiMinimum <why>" to the ` +
      `file's first comment so jest.config.js also runs it at the minimum.`,
  );
});
