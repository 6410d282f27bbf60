/** The grid breakpoints every template is photographed at, each in every colour scheme. */
export const templateBreakpoints = ['sm', 'xl'] as const;

/**
 * The `parameters` every template's stories share (Templates/): axe's page-level rules on
 * (`fullPage`: landmarks, one main, one h1; .storybook/vitest.setup.ts), and pictures at the
 * `sm` and `xl` breakpoints as well as in the three schemes. Each meta adds its own
 * `design: figmaDesign('Templates/…')`, written out: the Figma tools read the call from source.
 */
export const templateParameters = {
  fullPage: true,
  visual: { breakpoints: templateBreakpoints },
} as const;
