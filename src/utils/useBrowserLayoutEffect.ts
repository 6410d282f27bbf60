import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in a browser, `useEffect` on the server. For DOM work that must land in
 * the commit, before the browser paints and before any code that runs after render reads the
 * DOM; React 18 warns about `useLayoutEffect` during server rendering, where there is no DOM
 * to touch anyway.
 */
export const useBrowserLayoutEffect: typeof useEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
