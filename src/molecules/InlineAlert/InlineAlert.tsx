import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, devError } from '../../utils';
import {
  defaultStatusLabels,
  hasContent,
  resolveStatus,
  StatusMessageContent,
  type FeedbackStatus,
} from '../StatusMessage';
import { inlineAlertClass } from './InlineAlert.styles';

export type InlineAlertStatus = FeedbackStatus;

export interface InlineAlertProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'title' | 'children'
> {
  /**
   * What the message is about. Colour is never the only signal: each status has its own icon
   * and its name in visually hidden text (`statusLabel`).
   * @default 'info'
   * @selector [data-status="success" | "warning" | "error"] (info, the default, writes none)
   */
  status?: InlineAlertStatus;
  /** The message in a few words, e.g. "Payment failed". */
  title?: ReactNode;
  /** More detail: what happened and what to do. */
  description?: ReactNode;
  /** Buttons or links that act on the message, e.g. `<Button size="sm">Retry</Button>`. */
  actions?: ReactNode;
  /**
   * The status in words, read by screen readers before the title (translate it here).
   * @default 'Information' | 'Success' | 'Warning' | 'Error', after `status`
   */
  statusLabel?: string;
  /**
   * Makes the alert a live region, for one that appears or changes after the page has loaded
   * (a form's submit error, a save that failed): `error` and `warning` become
   * `role="alert"` (announced at once), `info` and `success` `role="status"` (announced
   * when the reader is idle). Leave it off for an alert that is part of the page from the
   * start: a live region present at load announces nothing useful and re-announces on every
   * change of its text.
   * @default false
   * @selector [role="alert"], [role="status"]
   */
  live?: boolean;
}

/**
 * A message about one section of a page: a form, a card, a panel. Status, title,
 * description and actions; the status colours come from the status tokens.
 *
 * **Role.** By default the alert has no role: it is content, read where it stands, like
 * Primer's Flash and Paste's inline alerts without a live region. A message that is
 * inserted later should be announced, so pass `live` (the ARIA `alert` role for errors and
 * warnings, `status` otherwise, as Paste does). Screen readers announce an inserted
 * `role="alert"` reliably; a `role="status"` inserted together with its text is announced
 * by most but not all, so for status messages you may also render the alert early, empty,
 * and fill it in.
 *
 * State: `data-status` on the root `<div>`, which receives the ref; parts are
 * `data-part="icon" | "content" | "title" | "description" | "actions"`.
 */
export const InlineAlert = forwardRef<HTMLDivElement, InlineAlertProps>(function InlineAlert(
  {
    status: statusProp,
    title,
    description,
    actions,
    statusLabel,
    live = false,
    className,
    ...rest
  },
  ref,
) {
  const status = resolveStatus('InlineAlert', statusProp);
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    !hasContent(title) &&
    !hasContent(description)
  ) {
    devError('InlineAlert', 'an alert needs a `title` or a `description`; this one says nothing.');
  }
  return (
    <div
      {...rest}
      ref={ref}
      className={cx(inlineAlertClass, className)}
      data-status={status === 'info' ? undefined : status}
      role={live ? (status === 'error' || status === 'warning' ? 'alert' : 'status') : rest.role}
    >
      <StatusMessageContent
        status={status}
        statusLabel={statusLabel ?? defaultStatusLabels[status]}
        title={title}
        description={description}
        actions={actions}
      />
    </div>
  );
});

InlineAlert.displayName = 'InlineAlert';
