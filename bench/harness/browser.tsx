import { createRef, useImperativeHandle, useState, type ReactNode, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { nativeFormDialog } from '../subjects/nativeDialog';
import type { Subject } from '../subjects/types';
import {
  BUTTONS,
  CLOSED_SELECT_OPTIONS,
  COMBOBOX_OPTIONS,
  FILTER_NEXT,
  FILTER_TYPED,
  FORM_FIELDS,
  SELECT_OPTIONS,
  TABLE_ROWS,
  TEXT_FIELDS,
  TOOLTIP_BUTTONS,
  buttons,
  textFields,
  tooltipButtons,
} from './scenarios';

export type Scenario =
  | 'mount'
  | 'update'
  | 'fields'
  | 'buttons200'
  | 'tooltips200'
  | 'dialogOpen'
  | 'dialogOpenKept'
  | 'nativeDialogOpen'
  | 'select200'
  | 'select10k'
  | 'closedSelect10'
  | 'closedSelect10k'
  | 'comboFilter10k'
  | 'table1k'
  | 'tableSort10k';

const isSelect = (scenario: Scenario): scenario is keyof typeof SELECT_OPTIONS =>
  scenario in SELECT_OPTIONS;

/**
 * The dialog openings: the library's default, its content kept mounted while closed, and a
 * native `<dialog>` holding the library's own fields.
 */
const isDialog = (scenario: Scenario) =>
  scenario === 'dialogOpen' || scenario === 'dialogOpenKept' || scenario === 'nativeDialogOpen';

/**
 * A real press on an element, as a pointer makes it: pointer and mouse down and up, then the
 * click. Libraries open on different ones (MUI's Select on mousedown, ours on click).
 */
function press(target: Element) {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: 1 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('mousedown', init));
  target.dispatchEvent(
    new PointerEvent('pointerup', { ...init, buttons: 0, pointerType: 'mouse' }),
  );
  target.dispatchEvent(new MouseEvent('mouseup', { ...init, buttons: 0 }));
  target.dispatchEvent(new MouseEvent('click', { ...init, buttons: 0 }));
}

const isCombobox = (scenario: Scenario): scenario is keyof typeof COMBOBOX_OPTIONS =>
  scenario in COMBOBOX_OPTIONS;

/**
 * Types into an input as a keystroke does for React: the native value setter (React's own
 * tracker would otherwise swallow the change), then a bubbling `input` event.
 */
function typeInto(input: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, text);
  input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text.slice(-1) }));
}

/** The options on the page that show text containing the query (any library's markup). */
const matchingOptions = (query: string) =>
  Array.from(document.querySelectorAll('[role="option"]')).filter((option) =>
    option.textContent?.includes(query),
  ).length;

/** One timed render, in milliseconds. */
export interface Step {
  /**
   * Render, commit, style recalculation and layout; for `dialogOpen`, everything up to the
   * painted frame (paint included).
   */
  total: number;
  /** React's share (until `flushSync` returns), before style and layout. */
  script: number;
}

export interface BenchApi {
  /** Mounts the provider (and, to update, the Buttons; to open, the closed dialog); untimed. */
  prepare: (scenario: Scenario) => Promise<void>;
  /**
   * The timed span: one synchronous render plus the style and layout it causes; for
   * `dialogOpen`, setting `open` inside a frame until that frame has painted (a promise).
   */
  step: (scenario: Scenario, iteration: number) => Step | Promise<Step>;
  /** The same round trip as `step` with nothing to render, so its cost can be subtracted. */
  idle: (scenario: Scenario) => void | Promise<void>;
  /** Untimed: unmounts what a step mounted, collects garbage, lets a frame pass. */
  settle: (scenario: Scenario) => Promise<void>;
  /** Resolves after the next frame (and the paint it carries) has run. */
  frame: () => Promise<void>;
}

declare global {
  interface Window {
    /** Present when Chromium runs with `--js-flags=--expose-gc`. */
    gc?: () => void;
    __bench?: BenchApi;
  }
}

const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Runs `work` at the start of the next frame (a `requestAnimationFrame` callback, before that
 * frame's style, layout and paint) and resolves with the milliseconds from its start until
 * the frame has painted: a message posted from the callback runs in the first task after the
 * frame's rendering (the "afterframe" measure). Starting inside the frame keeps the wait for
 * the frame out of the figure; a MessageChannel, unlike `setTimeout`, is not clamped.
 */
function timeToPaint(work: () => number): Promise<Step> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      const rendered = work();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve({ total: performance.now() - start, script: rendered - start });
      };
      channel.port2.postMessage(null);
    });
  });
}

/**
 * Form fields the page shows: an open dialog's, never a closed one's (`display: none`, or
 * `visibility: hidden` for MUI's kept-mounted Modal).
 */
const visibleInputs = () =>
  Array.from(document.querySelectorAll('input')).filter((input) =>
    input.checkVisibility({ visibilityProperty: true }),
  ).length;

/**
 * An app's screen with a closed dialog: the subject's form dialog, its `open` in state; or,
 * `native`, a native `<dialog>` holding the subject's own fields (the "native
 * `<dialog>` with `showModal()` and the same fields", for each library).
 */
function FormDialogScreen({
  subject,
  control,
  keepMounted,
  native,
}: {
  subject: Subject;
  /** How the harness sets `open`: the state's setter. */
  control: RefObject<((open: boolean) => void) | null>;
  keepMounted: boolean;
  native: boolean;
}) {
  const [open, setOpen] = useState(false);
  useImperativeHandle(control, () => setOpen, []);
  const props = {
    open,
    onOpenChange: setOpen,
    title: 'Edit profile',
    // Made in the render, as an app makes them: part of the timed span.
    fields: textFields(subject, FORM_FIELDS),
  };
  return native ? nativeFormDialog(props) : subject.formDialog({ ...props, keepMounted });
}

/**
 * Installs `window.__bench`. The provider is mounted first and stays mounted, as in an app;
 * each step then times one synchronous React render of the list (`flushSync`) plus the style
 * recalculation and layout it causes (a forced layout read). The elements are created inside
 * the timed span: that is the app's share of a render.
 *
 * `dialogOpen` instead sets the `open` state of a mounted, closed dialog (the subject's own:
 * controlled Dialog, or a native `<dialog>` whose effect calls `showModal()`) at the start of
 * a frame, and times until that frame has painted. Between steps the screen is unmounted and
 * mounted again closed, so every step opens a dialog that has never been open (no library's
 * exit animation runs, and no step reuses the previous one's DOM). `dialogOpenKept` is the
 * same with the libraries' dialogs keeping their content mounted while closed, as the native
 * one does: the like-for-like comparison with the platform. `nativeDialogOpen` opens a native
 * `<dialog>` holding the subject's own fields: what the platform's dialog costs with those
 * fields, so a library's Dialog can be held to it with the fields the same on both sides.
 */
export function install(subject: Subject): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('bench page has no #root');
  const root = createRoot(container);
  const { Provider } = subject;
  const show = (children: ReactNode) => {
    flushSync(() => root.render(<Provider>{children}</Provider>));
    return container.offsetHeight;
  };
  const list = (scenario: Scenario, iteration: number) => {
    if (scenario === 'fields') return textFields(subject, TEXT_FIELDS);
    if (scenario === 'buttons200') return buttons(subject, TOOLTIP_BUTTONS);
    if (scenario === 'tooltips200') return tooltipButtons(subject, TOOLTIP_BUTTONS);
    if (scenario === 'table1k') return subject.table({ rows: TABLE_ROWS.table1k, sortable: false });
    if (scenario === 'closedSelect10' || scenario === 'closedSelect10k') {
      return subject.select('Choose an option', CLOSED_SELECT_OPTIONS[scenario], 0);
    }
    // To update, every label changes and the Buttons stay mounted.
    return buttons(subject, BUTTONS, scenario === 'update' ? iteration + 1 : 0);
  };
  const control = createRef<(open: boolean) => void>();
  const closedDialog = (scenario: Scenario) => {
    show(
      <FormDialogScreen
        subject={subject}
        control={control}
        keepMounted={scenario === 'dialogOpenKept'}
        native={scenario === 'nativeDialogOpen'}
      />,
    );
    if (visibleInputs() !== 0) throw new Error('bench: the closed dialog shows its fields');
  };

  const openDialog = async () => {
    const setOpen = control.current;
    if (!setOpen) throw new Error('bench: no dialog mounted to open');
    const step = await timeToPaint(() => {
      flushSync(() => setOpen(true));
      return performance.now();
    });
    // Outside the timed span: the frame showed the open dialog with every field.
    const shown = visibleInputs();
    if (shown !== FORM_FIELDS) {
      throw new Error(`bench: the open dialog shows ${shown} fields, not ${FORM_FIELDS}`);
    }
    return step;
  };

  /** A closed Select of the scenario's size, mounted untimed before each step. */
  const closedSelect = (scenario: keyof typeof SELECT_OPTIONS) =>
    subject.select('Choose an option', SELECT_OPTIONS[scenario], 0);

  /**
   * A Combobox of the scenario's size, its input focused and holding FILTER_TYPED (the list
   * open on its matches): mounted and typed untimed before each step.
   */
  const filteringCombobox = async (scenario: keyof typeof COMBOBOX_OPTIONS) => {
    show(subject.combobox('Choose an option', COMBOBOX_OPTIONS[scenario], 0));
    const input = container.querySelector<HTMLInputElement>('input[role="combobox"], input');
    if (!input) throw new Error('bench: the Combobox has no input');
    input.focus();
    flushSync(() => typeInto(input, FILTER_TYPED));
    await nextFrame();
    if (matchingOptions(FILTER_TYPED) === 0) throw new Error('bench: typing opened no options');
  };

  /** One keystroke (FILTER_TYPED → FILTER_NEXT), from the input event to the painted frame. */
  const filterStep = async () => {
    const input = container.querySelector<HTMLInputElement>('input[role="combobox"], input');
    if (!input) throw new Error('bench: the Combobox has no input');
    const step = await timeToPaint(() => {
      flushSync(() => typeInto(input, FILTER_NEXT));
      return performance.now();
    });
    // Outside the timed span: the painted list shows the new matches, and only those.
    const shown = Array.from(document.querySelectorAll('[role="option"]'));
    if (shown.length === 0 || shown.some((option) => !option.textContent?.includes(FILTER_NEXT))) {
      throw new Error(`bench: the list does not show just the matches of "${FILTER_NEXT}"`);
    }
    return step;
  };

  /** A mounted, unsorted table of 10,000 rows whose Amount header a step presses. */
  const sortableTable = () => subject.table({ rows: TABLE_ROWS.tableSort10k, sortable: true });

  window.__bench = {
    async prepare(scenario) {
      if (isDialog(scenario)) closedDialog(scenario);
      else if (isCombobox(scenario)) await filteringCombobox(scenario);
      else if (scenario === 'tableSort10k') show(sortableTable());
      else if (isSelect(scenario)) show(closedSelect(scenario));
      else show(scenario === 'update' ? buttons(subject, BUTTONS, 0) : null);
      window.gc?.();
      await nextFrame();
    },
    step(scenario, iteration) {
      if (isDialog(scenario)) return openDialog();
      if (isCombobox(scenario)) return filterStep();
      if (scenario === 'tableSort10k') {
        // From the press on the header to the sorted rows laid out; then its frame.
        const label = container.querySelector('[data-bench-sort]');
        if (!label) throw new Error('bench: the table has no sortable Amount header');
        const start = performance.now();
        flushSync(() => press(label));
        const rendered = performance.now();
        void document.body.offsetHeight;
        const end = performance.now();
        return { total: end - start, script: rendered - start };
      }
      if (isSelect(scenario)) {
        // From the press to the open list laid out; the harness then waits for its frame.
        const trigger = container.querySelector('[role="combobox"], button');
        if (!trigger) throw new Error('bench: the Select has no trigger');
        const start = performance.now();
        flushSync(() => press(trigger));
        const rendered = performance.now();
        void document.body.offsetHeight;
        const end = performance.now();
        return { total: end - start, script: rendered - start };
      }
      const start = performance.now();
      flushSync(() => root.render(<Provider>{list(scenario, iteration)}</Provider>));
      const rendered = performance.now();
      void container.offsetHeight; // forces style recalculation and layout
      const end = performance.now();
      return { total: end - start, script: rendered - start };
    },
    idle(scenario) {
      if (isDialog(scenario) || isCombobox(scenario)) {
        return timeToPaint(() => performance.now()).then(() => {});
      }
    },
    async settle(scenario) {
      if (isDialog(scenario)) {
        show(null);
        closedDialog(scenario);
      } else if (isCombobox(scenario)) {
        // A fresh Combobox, typed again, for the next keystroke (its popup unmounts with it).
        show(null);
        await filteringCombobox(scenario);
      } else if (scenario === 'tableSort10k') {
        // A fresh unsorted table, so every step sorts (a second press would only reverse).
        show(null);
        show(sortableTable());
      } else if (isSelect(scenario)) {
        // A fresh closed Select for the next press (the open one unmounts with its portal).
        show(null);
        show(closedSelect(scenario));
      } else if (scenario !== 'update') show(null);
      window.gc?.();
      await nextFrame();
    },
    frame: nextFrame,
  };
}
