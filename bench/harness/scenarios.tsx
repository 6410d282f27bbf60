import type { ReactNode } from 'react';
import type { Subject } from '../subjects/types';

/** What each timed scenario renders; shared by the browser and the server harness. */
export const BUTTONS = 1000;
export const TEXT_FIELDS = 300;
/** Issue #10: 200 Tooltip-wrapped Buttons against 200 bare ones. */
export const TOOLTIP_BUTTONS = 200;
/** Issue #10: a modal dialog holding a form of 10 TextFields and a submit Button, opened. */
export const FORM_FIELDS = 10;

export function buttons(
  subject: Pick<Subject, 'button'>,
  count: number,
  revision = 0,
): ReactNode[] {
  const list: ReactNode[] = [];
  for (let i = 0; i < count; i += 1) {
    list.push(subject.button(revision === 0 ? `Button ${i}` : `Action ${i}.${revision}`, i));
  }
  return list;
}

export function textFields(subject: Subject, count: number): ReactNode[] {
  const list: ReactNode[] = [];
  for (let i = 0; i < count; i += 1) list.push(subject.textField(`Field ${i}`, i));
  return list;
}

export function tooltipButtons(subject: Subject, count: number): ReactNode[] {
  const list: ReactNode[] = [];
  for (let i = 0; i < count; i += 1) list.push(subject.tooltipButton(`Button ${i}`, i));
  return list;
}

/** Issue #11: open a closed Select of this many options by a real press. */
export const SELECT_OPTIONS = { select200: 200, select10k: 10_000 } as const;
/** Issue #11: mount a closed Select of this many options (its cost must not grow with them). */
export const CLOSED_SELECT_OPTIONS = { closedSelect10: 10, closedSelect10k: 10_000 } as const;
/**
 * Issue #11: one keystroke of filtering in a Combobox of this many options. The input already
 * holds `FILTER_TYPED` (typed untimed, the list open and filtered); the timed keystroke makes
 * it `FILTER_NEXT`, and ends when the frame showing the new matches has painted.
 */
export const COMBOBOX_OPTIONS = { comboFilter10k: 10_000 } as const;
export const FILTER_TYPED = '1';
export const FILTER_NEXT = '12';
/** Issue #13: mount a table of this many rows × 10 columns; sort one of this many by a press. */
export const TABLE_ROWS = { table1k: 1_000, tableSort10k: 10_000 } as const;
