/** The command line's catalogue: the engine's messages and the `rectify` help and output. */
import { MESSAGES } from './index';
import { CALENDAR_CLI_MESSAGES } from './catalogues/calendarCli';
import { IMPORT_REPORT_CLI_MESSAGES } from './catalogues/importReport';
import { CLI_MESSAGES } from './catalogues/cli';
import { SCALE_CLI_MESSAGES } from './catalogues/scale';
import { CYCLE_CLI_MESSAGES } from './catalogues/cycleCli';
import { DISTRIBUTE_CLI_MESSAGES } from './catalogues/distributeCli';
import { RECORD_CLI_MESSAGES } from './catalogues/recordCli';
import { EXTENSIONS_CLI_MESSAGES } from './catalogues/extensionsCli';
import { RECORD_COMMAND_MESSAGES } from './catalogues/recordCommand';
import { SPOTCHECK_CLI_MESSAGES } from './catalogues/spotcheckCli';
import { SECURITY_CLI_MESSAGES } from './catalogues/securityCli';
import { mergeCatalogues, translator } from './translate';

export const CLI_CATALOGUE = mergeCatalogues(
  MESSAGES,
  CLI_MESSAGES,
  IMPORT_REPORT_CLI_MESSAGES,
  CYCLE_CLI_MESSAGES,
  CALENDAR_CLI_MESSAGES,
  SCALE_CLI_MESSAGES,
  DISTRIBUTE_CLI_MESSAGES,
  RECORD_CLI_MESSAGES,
  EXTENSIONS_CLI_MESSAGES,
  RECORD_COMMAND_MESSAGES,
  SPOTCHECK_CLI_MESSAGES,
  SECURITY_CLI_MESSAGES,
);
export type CliKey = keyof typeof CLI_CATALOGUE;

/** Renders a command-line or engine message. */
export const tc = translator(CLI_CATALOGUE);
