import { useSyncExternalStore } from 'react';
import { getStyleSheetText, subscribeToStyleSheet } from './styleRegistry';

export interface StyleSheetProps {
  /** CSP nonce for the <style> element. */
  nonce?: string | undefined;
}

/**
 * The one <style> element that carries every registered rule. Rendered by the outermost
 * `ThemeProvider`; identical on server and client, so hydration matches.
 */
export function StyleSheet({ nonce }: StyleSheetProps) {
  const text = useSyncExternalStore(subscribeToStyleSheet, getStyleSheetText, getStyleSheetText);
  return <style data-callicrates="" nonce={nonce} dangerouslySetInnerHTML={{ __html: text }} />;
}
