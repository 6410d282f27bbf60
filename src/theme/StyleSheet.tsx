import { useSyncExternalStore } from 'react';
import { getStyleSheetText, subscribeToStyleSheet } from './styleRegistry';

export interface StyleSheetProps {
  /** CSP nonce for the <style> element. */
  nonce?: string | undefined;
}

/**
 * The one <style> element that carries every registered rule. Rendered by the outermost
 * `ThemeProvider`; identical on server and client, so hydration matches.
 *
 * @selector style[data-callicrates] — this element, for an app's tests or a CSP audit to find
 * the library's rules; not a styling hook
 */
export function StyleSheet({ nonce }: StyleSheetProps) {
  const text = useSyncExternalStore(subscribeToStyleSheet, getStyleSheetText, getStyleSheetText);
  return <style data-callicrates="" nonce={nonce} dangerouslySetInnerHTML={{ __html: text }} />;
}
