import {
  CircleCheckIcon,
  CircleXIcon,
  InfoIcon,
  TriangleAlertIcon,
  type IconProps,
} from '../../atoms/Icon';
import type { FeedbackStatus } from './statuses';

const icons = {
  info: InfoIcon,
  success: CircleCheckIcon,
  warning: TriangleAlertIcon,
  error: CircleXIcon,
} as const;

/**
 * The icon of a status: a different shape for each, so the status never rests on colour
 * alone. Decorative (`aria-hidden`): the status is also given in text for screen readers.
 */
export function StatusIcon({ status, ...rest }: IconProps & { status: FeedbackStatus }) {
  const Icon = icons[status];
  return <Icon {...rest} />;
}
