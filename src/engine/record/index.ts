/**
 * 记录进展: progress, completion and evidence on one measure, the problem following its measures
 * (docs/EVIDENCE.md). The command line's `rectify record` and the pane's 记录进展 run the same command.
 */
export { type RecordEvidence, type RecordRequest, type RecordResult, recordCommand } from './command';
export { closeMatches, taskIdAtRow } from './match';
