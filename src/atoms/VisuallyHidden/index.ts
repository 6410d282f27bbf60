export {
  VisuallyHidden,
  type VisuallyHiddenElement,
  type VisuallyHiddenProps,
} from './VisuallyHidden';
