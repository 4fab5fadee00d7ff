/**
 * @jest-environment ./test/setup/env/jsdom.js
 *
 * The pane's summary shows 已延期 apart from overdue, as a tile of its own, only when the ledger has any.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { Summary } from '../../src/taskpane/components/Summary';
import { emptyFigures } from '../../src/engine/ledger/figures';
import { TODAY, inPane, uninstall } from './harness';

afterEach(uninstall);

const figure = (name: string) => document.querySelector(`[data-figure="${name}"]`)?.firstChild?.textContent;

test('已延期 has its own tile when there is any, and none otherwise', () => {
  const problems = { ...emptyFigures(), total: 5, open: 5, overdue: 2, dueSoon: 1, extended: 2 };
  const { unmount } = render(
    inPane(<Summary summary={{ asOf: TODAY, problems, tasks: emptyFigures(), responsibilities: 5 }} />),
  );
  expect([figure('overdue'), figure('extended')]).toEqual(['2', '2']);
  expect(screen.getByText('已延期')).toBeTruthy();
  unmount();
  const none = { ...problems, overdue: 4, extended: 0 };
  render(inPane(<Summary summary={{ asOf: TODAY, problems: none, tasks: emptyFigures(), responsibilities: 5 }} />));
  expect([figure('overdue'), figure('extended')]).toEqual(['4', undefined]);
});
