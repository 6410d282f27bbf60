export { cx } from './cx';
export { devError, isDev, resetDevErrors } from './dev';
export { reportUnchangeable } from './reportUnchangeable';
export { reportUnknownValues } from './reportUnknownValues';
export { mergeRefs } from './mergeRefs';
export { useBrowserLayoutEffect } from './useBrowserLayoutEffect';
