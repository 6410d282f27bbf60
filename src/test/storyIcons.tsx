// Stand-in glyphs for stories and tests until the Icon atom lands: decorative, currentColor.
const svgProps = {
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
} as const;

export const PlusGlyph = () => (
  <svg {...svgProps}>
    <path d="M12 5v14M5 12h14" strokeLinecap="round" />
  </svg>
);

export const ArrowGlyph = () => (
  <svg {...svgProps}>
    <path d="M5 12h14M13 6l6 6-6 6" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

export const SearchGlyph = () => (
  <svg {...svgProps}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" strokeLinecap="round" />
  </svg>
);
