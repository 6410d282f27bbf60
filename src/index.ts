// The root entry point. Each component also has its own entry (`callicrates/button`, …).
export * from './theme';
export * from './atoms/Button';
export * from './atoms/Field';
export * from './atoms/TextField';
export {
  colorSchemes,
  cssVar,
  cssVarName,
  typographyStyles,
  vars,
  type ColorSchemeName,
  type TokenName,
  type TypographyRole,
} from './tokens';
