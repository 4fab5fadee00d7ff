/**
 * `rectify record LEDGER --fingerprint`: evidence named in 佐证材料 without a fingerprint (typed by hand, or
 * arrived with a unit's returned package) is fingerprinted from the files the surface found beside the ledger.
 * Links are never fingerprinted; a file not found is counted and left for check to report.
 */
import { type WorkbookSnapshot } from '../core/snapshot';
import { type EvidenceEntry, evidenceEntries, readEvidenceRows } from '../read/evidence';
import type { EvidenceProbe } from '../plans/check';
import { type LedgerReader, readLedger } from '../run/commands';
import type { Command, CommandEnv } from '../run/runner';
import { LEDGER, readScope } from '../run/scope';
import { EVIDENCE_SHEET } from '../schema/evidence';
import { evidencePlace } from '../rules/evidence';
import { layoutLanguage } from '../read/locate';
import { tRecord } from '../../i18n/catalogues/recordCommand';
import { planEvidenceRows } from './rows';

/** What record and check read: the lists and helpers whole, `_evidence` whole, `_log`'s tail. */
export const EVIDENCE_SCOPE = readScope({ ...LEDGER, log: 'tail', whole: [EVIDENCE_SHEET] });

/** The ledger's evidence entries with their fingerprints, as of this snapshot. */
export function ledgerEvidence(
  snapshot: WorkbookSnapshot,
  env: Pick<CommandEnv, 'lang' | 'today'>,
  read: LedgerReader = readLedger,
): EvidenceEntry[] {
  return evidenceEntries(read(snapshot, env), readEvidenceRows(snapshot));
}

/**
 * The files a surface should look at, by entry key: every file entry (`all`, for check), or those without a
 * fingerprint (`unfingerprinted`, for --fingerprint). Links and notes are never looked at, nor a path out of the ledger's folder.
 */
export function evidenceFilesToProbe(
  snapshot: WorkbookSnapshot,
  env: Pick<CommandEnv, 'lang' | 'today'>,
  which: 'all' | 'unfingerprinted',
  read: LedgerReader = readLedger,
): string[] {
  const keys = ledgerEvidence(snapshot, env, read)
    .filter((e) => e.kind === 'file' && evidencePlace(e.item) === 'inside' && (which === 'all' || !e.latest))
    .map((e) => e.key);
  return [...new Set(keys)];
}

export interface FingerprintResult {
  added: number;
  missing: number;
  urls: number;
  message: string;
}

/** `read`: the reading the surface made to find the files (`ledgerReading`). */
export const fingerprintCommand = (
  files: EvidenceProbe,
  by?: string,
  read: LedgerReader = readLedger,
): Command<FingerprintResult> => ({
  action: 'log.action.fingerprint',
  scope: EVIDENCE_SCOPE,
  plan: (snapshot, env) => {
    const lang = layoutLanguage(snapshot, env.lang);
    const entries = ledgerEvidence(snapshot, env, read);
    const rows = [];
    let missing = 0;
    for (const e of entries) {
      if (e.kind !== 'file' || e.latest) continue;
      const fact = files.get(e.key);
      if (fact?.kind === 'file') {
        const { size, sha256, modified } = fact;
        rows.push({ taskId: e.task.id, file: { item: e.item, size, sha256, modified } });
      } else missing++;
    }
    const urls = entries.filter((e) => e.kind !== 'file').length;
    const r = planEvidenceRows(snapshot, rows, { recordedOn: env.today, by: by?.trim() || env.user, lang });
    const message = tRecord(env.lang, 'fingerprint.done', { n: r.added, missing, urls, sheet: EVIDENCE_SHEET });
    return { plan: r.added ? r.plan : null, result: { added: r.added, missing, urls, message } };
  },
});
