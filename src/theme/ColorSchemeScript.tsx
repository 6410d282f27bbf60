import { reportUnknownValues } from '../utils';
import { colorSchemeOptions } from './colorScheme';
import { getColorSchemeScript, type ColorSchemeScriptOptions } from './colorSchemeInlineScript';

export interface ColorSchemeScriptProps extends ColorSchemeScriptOptions {
  /** CSP nonce for the inline script. */
  nonce?: string;
}

/**
 * Put this in `<head>` of a server-rendered document, before any content, with the same
 * `storageKey` and `defaultColorScheme` as the `ThemeProvider`.
 */
export function ColorSchemeScript({ nonce, ...options }: ColorSchemeScriptProps) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('ColorSchemeScript', {
      defaultColorScheme: [options.defaultColorScheme, colorSchemeOptions],
    });
  }
  return (
    <script nonce={nonce} dangerouslySetInnerHTML={{ __html: getColorSchemeScript(options) }} />
  );
}
