// The complete tokens.css as a string, for a ThemeProvider to inject without a CSS loader.
// Bundlers that handle CSS can import './generated/tokens.css' instead.
export { tokensCss } from './generated/css.js';
