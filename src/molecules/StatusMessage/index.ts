// Private: the anatomy, statuses and focus handling InlineAlert, Banner and Toast share.
export { focusableIn, focusableNeighbour } from './focus';
export { DismissGlyph, StatusIcon } from './StatusIcon';
export { hasContent, StatusMessageContent, type StatusMessageContentProps } from './StatusMessage';
export { statusMessageStyles } from './StatusMessage.styles';
export {
  defaultStatusLabels,
  feedbackStatuses,
  isFeedbackStatus,
  resolveStatus,
  type FeedbackStatus,
} from './statuses';
