import type { ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { StatusIcon } from './StatusIcon';
import type { FeedbackStatus } from './statuses';

export interface StatusMessageContentProps {
  status: FeedbackStatus;
  statusLabel: string;
  title?: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  /** Id of the title element, for a landmark or toast that is named by its title. */
  titleId?: string;
}

/**
 * The inside every feedback molecule shares: a decorative status icon, then the status in
 * words for screen readers (visually hidden, first, so "Error" is heard before the message),
 * the title, the description and the actions.
 */
export function StatusMessageContent({
  status,
  statusLabel,
  title,
  description,
  actions,
  titleId,
}: StatusMessageContentProps) {
  return (
    <>
      <span data-part="icon">
        <StatusIcon status={status} />
      </span>
      <div data-part="content">
        <span className={visuallyHiddenClass} data-part="status-label">
          {statusLabel}
        </span>
        {hasContent(title) ? (
          <div data-part="title" id={titleId}>
            {title}
          </div>
        ) : null}
        {hasContent(description) ? <div data-part="description">{description}</div> : null}
        {hasContent(actions) ? <div data-part="actions">{actions}</div> : null}
      </div>
    </>
  );
}

/** True for something React would show: not undefined, null, false or an empty string. */
export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}
