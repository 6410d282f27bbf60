import type { ComponentType } from 'react';
import * as library from '../index';

// What misuse.test.tsx (jsdom) and misuse.server.test.tsx (no DOM) render: every component
// exported from the root, and the props to render it with.

export type Subject = ComponentType<Record<string, unknown>>;

export const components = (Object.entries(library) as Array<[string, unknown]>).filter(
  (entry): entry is [string, Subject] => {
    const [name, value] = entry;
    const component =
      typeof value === 'function' ||
      (typeof value === 'object' && value !== null && '$$typeof' in value);
    return /^[A-Z]/.test(name) && component && name !== 'ThemeProvider';
  },
);

export const misuse: Record<string, Record<string, unknown>> = {
  'no props': {},
  'wrong props': {
    label: 'Name',
    title: 'Title',
    children: 'text',
    items: [null, false, {}, 1],
    options: [null, false, {}],
    columns: [null, false],
    rows: null,
    steps: [null],
    size: 'huge',
    variant: 'nope',
    status: 'weird',
    placement: 'nowhere',
  },
  // Overlays render their content: with no trigger, no anchor and no name.
  'open, without the rest': { open: true, defaultOpen: true, items: [], options: [] },
};
