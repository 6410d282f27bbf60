export { Spinner, type SpinnerColor, type SpinnerProps, type SpinnerSize } from './Spinner';
