/** The progress of a running command and the message it ended with: one look for the pane and every panel. */
import * as React from 'react';
import { MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import type { CommandState } from '../hooks/useCommand';
import { type Progress, progressValue } from '../hooks/useProgress';
import { useT } from '../i18n';

function useProgressText(progress: Progress | null): string {
  const tr = useT();
  if (!progress) return tr('addin.action.running');
  if (progress.phase === 'compute') return tr('addin.progress.compute');
  return tr(progress.phase === 'read' ? 'addin.progress.read' : 'addin.progress.write', {
    done: progress.done.toLocaleString(),
    total: progress.total.toLocaleString(),
  });
}

export function CommandStatus({
  command,
}: {
  command: Pick<CommandState, 'busy' | 'status' | 'progress'>;
}): React.JSX.Element {
  const text = useProgressText(command.progress);
  const { status } = command;
  return (
    <>
      {command.busy && (
        <div aria-live="polite">
          <ProgressBar value={progressValue(command.progress)} />
          <Text size={200}>{text}</Text>
        </div>
      )}
      {status && (
        <MessageBar intent={status.intent} data-status={status.intent} aria-live="polite">
          <MessageBarBody>
            {status.text}
            {status.extra?.map((x) => (
              <div key={x}>{x}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
