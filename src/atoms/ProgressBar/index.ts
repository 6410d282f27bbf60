export {
  ProgressBar,
  type ProgressBarProps,
  type ProgressBarSize,
  type ProgressBarVariant,
} from './ProgressBar';
