import { describe, expect, it } from 'vitest';
import { css } from './css';
import { defineStyles, getStyleSheetText } from './styleRegistry';

describe('defineStyles', () => {
  it('names the class after the label and registers the rule without the label', () => {
    const className = defineStyles(css`
      label: registry-probe;
      display: grid;
    `);
    expect(className).toBe('cal-registry-probe');
    expect(getStyleSheetText()).toContain('.cal-registry-probe{display:grid;}');
    expect(getStyleSheetText()).not.toContain('label:registry-probe');
  });

  it('returns the same class for the same styles, as a re-imported module does', () => {
    const styles = () => css`
      label: registry-same;
      display: flex;
    `;
    expect(defineStyles(styles())).toBe(defineStyles(styles()));
  });

  it('falls back to a hashed name when a label is reused with other styles', () => {
    const first = defineStyles(css`
      label: registry-clash;
      color: inherit;
    `);
    const second = defineStyles(css`
      label: registry-clash;
      color: currentColor;
    `);
    expect(first).toBe('cal-registry-clash');
    expect(second).toMatch(/^cal-[a-z0-9]+-registry-clash$/);
    expect(getStyleSheetText()).toContain(`.${second}{color:currentColor;}`);
  });

  it('uses the hashed name for a block without a label', () => {
    expect(defineStyles(css({ display: 'contents' }))).toMatch(/^cal-[a-z0-9]+$/);
  });
});
