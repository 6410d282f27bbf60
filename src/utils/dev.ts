/**
 * True outside production builds. Bundlers replace `process.env.NODE_ENV` with a literal,
 * so production bundles drop the development checks; where no bundler defined it (a plain
 * browser, a test runner), we stay in development mode rather than throw.
 */
export const isDev: boolean = (() => {
  try {
    return process.env.NODE_ENV !== 'production';
  } catch {
    return true;
  }
})();

const warned = new Set<string>();

/**
 * Reports misuse that hurts users (a control with no accessible name, …) once per message,
 * in development only. Never throws: a design system must not take a page down.
 */
export function devError(component: string, message: string): void {
  if (!isDev) return;
  const text = `[Callicrates] ${component}: ${message}`;
  if (warned.has(text)) return;
  warned.add(text);
  console.error(text);
}

/** Forgets reported messages, so tests can assert a warning more than once. */
export function resetDevErrors(): void {
  warned.clear();
}
