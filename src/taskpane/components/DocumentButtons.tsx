/**
 * Copy a formal document's text, or save it as the .docx the command line
 * writes (src/documents/docx.ts, GB/T 9704 layout). The layout code loads
 * when the user asks for the file, not with the pane.
 */
import * as React from 'react';
import { Button, makeStyles } from '@fluentui/react-components';
import { type FormalDocument, documentText } from '../../engine/ledger/document';
import type { Lang } from '../../i18n/index';
import { useT } from '../i18n';
import { download } from './download';

const useStyles = makeStyles({ actions: { display: 'flex', gap: '8px', marginTop: '8px', flexWrap: 'wrap' } });

export interface DocumentButtonsProps {
  doc: FormalDocument;
  /** The language the document is written in (the ledger's layout language). */
  lang: Lang;
  /** File name, .docx included. */
  file: string;
  onCopied(): void;
  onSaved(file: string): void;
  onError(e: unknown): void;
}

export function DocumentButtons({
  doc,
  lang,
  file,
  onCopied,
  onSaved,
  onError,
}: DocumentButtonsProps): React.JSX.Element {
  const s = useStyles();
  const tr = useT();
  const save = () =>
    import(/* webpackChunkName: "docx" */ '../../documents/docx')
      .then((m) => m.documentBlob(doc, lang))
      .then((blob) => {
        download(blob, file);
        onSaved(file);
      }, onError);
  return (
    <div className={s.actions}>
      <Button onClick={() => void navigator.clipboard?.writeText(documentText(doc)).then(onCopied)}>
        {tr('document.copy')}
      </Button>
      <Button onClick={() => void save()}>{tr('document.save')}</Button>
    </div>
  );
}
