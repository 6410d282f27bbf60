import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Subject } from '../subjects/types';
import {
  BUTTONS,
  TEXT_FIELDS,
  TOOLTIP_BUTTONS,
  buttons,
  textFields,
  tooltipButtons,
} from './scenarios';

export type Scenario = 'mount' | 'update' | 'fields' | 'buttons200' | 'tooltips200';

/** One timed render, in milliseconds. */
export interface Step {
  /** Render, commit, style recalculation and layout. */
  total: number;
  /** React's share (until `flushSync` returns), before style and layout. */
  script: number;
}

export interface BenchApi {
  /** Mounts the provider (and, to update, the Buttons); untimed. */
  prepare: (scenario: Scenario) => Promise<void>;
  /** The timed span: one synchronous render plus the style and layout it causes. */
  step: (scenario: Scenario, iteration: number) => Step;
  /** Untimed: unmounts what a mount step mounted, collects garbage, lets a frame pass. */
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
 * Installs `window.__bench`. The provider is mounted first and stays mounted, as in an app;
 * each step then times one synchronous React render of the list (`flushSync`) plus the style
 * recalculation and layout it causes (a forced layout read). The elements are created inside
 * the timed span: that is the app's share of a render.
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
    // To update, every label changes and the Buttons stay mounted.
    return buttons(subject, BUTTONS, scenario === 'update' ? iteration + 1 : 0);
  };

  window.__bench = {
    async prepare(scenario) {
      show(scenario === 'update' ? buttons(subject, BUTTONS, 0) : null);
      window.gc?.();
      await nextFrame();
    },
    step(scenario, iteration) {
      const start = performance.now();
      flushSync(() => root.render(<Provider>{list(scenario, iteration)}</Provider>));
      const rendered = performance.now();
      void container.offsetHeight; // forces style recalculation and layout
      const end = performance.now();
      return { total: end - start, script: rendered - start };
    },
    async settle(scenario) {
      if (scenario !== 'update') show(null);
      window.gc?.();
      await nextFrame();
    },
    frame: nextFrame,
  };
}
