/**
 * 申请延期 — extensions (docs/EXTENSIONS.md): a unit asks for a later
 * deadline, the office decides; an approved extension moves the problem's
 * working deadline while the original is kept (the register and `_log`).
 * requests.ts records requests (also for collected packages), command.ts
 * makes them commands for the runner.
 */
export { type ExtensionRequest, type PlannedRequests, planExtensionRequests } from './requests';
export { EXTENSION_SCOPE, type ExtensionResult, extensionRequestCommand } from './command';
export { type ExtensionDecision, extensionDecisionCommand } from './decide';
