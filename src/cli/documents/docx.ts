/** Moved to src/documents/docx.ts (the pane lays out the same documents); kept while in-flight work still imports it here. */
export * from '../../documents/docx';
