import { css } from './css';
import { compile, serialize, stringify } from 'stylis';
import { cssVar, typographyStyles } from '../tokens';

// A small modern reset plus base typography, all from tokens. Static: compiled once.
const reset = css`
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  html {
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  body {
    margin: 0;
    ${typographyStyles('body')}
    color: ${cssVar('color.text.primary')};
    background-color: ${cssVar('color.bg.canvas')};
    -webkit-font-smoothing: antialiased;
    -moz-osx-font-smoothing: grayscale;
  }
  img,
  picture,
  video,
  canvas,
  svg {
    display: block;
    max-width: 100%;
  }
  input,
  button,
  textarea,
  select {
    font: inherit;
  }
  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    overflow-wrap: break-word;
  }
  code,
  kbd,
  samp,
  pre {
    font-family: ${cssVar('font.family.mono')};
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
`;

// Its own element, not the style registry: a reset is opt-in (render this component), while
// the registry's sheet reaches every page that renders a ThemeProvider. Whichever of the two
// elements comes first, callicrates.base is declared before callicrates.components, so a
// component's rule always beats the reset.
const resetText = `@layer callicrates.base{${serialize(compile(reset.styles), stringify)}}`;

export interface GlobalStylesProps {
  /** CSP nonce for the <style> element. */
  nonce?: string;
}

/**
 * Document-wide reset and base typography. Render it once, near the root. Font faces ship
 * separately as `callicrates/fonts.css` (Inter and JetBrains Mono, self-hosted).
 *
 * @selector style[data-callicrates-global] — this element (the reset), for an app's tests or a
 * CSP audit to find; not a styling hook
 */
export function GlobalStyles({ nonce }: GlobalStylesProps) {
  return (
    <style
      data-callicrates-global=""
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: resetText }}
    />
  );
}
