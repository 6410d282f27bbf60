export { Toaster, toastPlacements, type ToastPlacement, type ToasterProps } from './Toaster';
export {
  toast,
  type ToastAction,
  type ToastFunction,
  type ToastOptions,
  type ToastStatus,
} from './toastStore';
export type { FeedbackStatus } from '../StatusMessage';
