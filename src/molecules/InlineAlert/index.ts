export { InlineAlert, type InlineAlertProps, type InlineAlertStatus } from './InlineAlert';
export type { FeedbackStatus } from '../StatusMessage';
