import type { ColorSchemeName } from '../tokens';

/** What a user or app can ask for: a fixed scheme, or `system` to follow the OS. */
export type ColorScheme = ColorSchemeName | 'system';

export const colorSchemeOptions: readonly ColorScheme[] = [
  'light',
  'dark',
  'high-contrast',
  'system',
];

export const DEFAULT_STORAGE_KEY = 'callicrates-color-scheme';

export const DARK_QUERY = '(prefers-color-scheme: dark)';
export const MORE_CONTRAST_QUERY = '(prefers-contrast: more)';

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === 'string' && (colorSchemeOptions as readonly string[]).includes(value);
}

/**
 * The scheme `system` stands for right now. High contrast wins over dark, as in the
 * generated CSS, where the `prefers-contrast` block comes after the dark one.
 */
export function resolveSystemScheme(matches: (query: string) => boolean): ColorSchemeName {
  if (matches(MORE_CONTRAST_QUERY)) return 'high-contrast';
  return matches(DARK_QUERY) ? 'dark' : 'light';
}

export function readStoredScheme(storageKey: string | null): ColorScheme | undefined {
  if (!storageKey || typeof localStorage === 'undefined') return undefined;
  try {
    const stored = localStorage.getItem(storageKey);
    return isColorScheme(stored) ? stored : undefined;
  } catch {
    return undefined; // storage can be blocked (privacy mode); the default applies
  }
}

export function storeScheme(storageKey: string | null, scheme: ColorScheme): void {
  if (!storageKey || typeof localStorage === 'undefined') return;
  try {
    localStorage.setItem(storageKey, scheme);
  } catch {
    // Not persisting is better than failing the switch.
  }
}
