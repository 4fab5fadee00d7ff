/**
 * 佐证材料 with fingerprints (docs/EVIDENCE.md): `_evidence` rows appended from the facts a surface found
 * (rows.ts), and fingerprinting the evidence typed without one (fingerprint.ts). Check's evidence rules are in
 * plans/check/rules/evidence.ts; the list rules (splitting 佐证材料, where a path points) in rules/evidence.ts.
 */
export { type EvidenceFile, type EvidenceRowInput, planEvidenceRows } from './rows';
export {
  EVIDENCE_SCOPE,
  type FingerprintResult,
  evidenceFilesToProbe,
  fingerprintCommand,
  ledgerEvidence,
} from './fingerprint';
