import { reportUnknownValues } from '../../utils';

/**
 * The statuses of every feedback molecule (InlineAlert, Banner, Toast), written once: the
 * prop types, the styles and the stories all read this list.
 */
export const feedbackStatuses = ['info', 'success', 'warning', 'error'] as const;

/** What a message is about: `info` (the default), `success`, `warning` or `error`. */
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/**
 * The visually hidden word that tells assistive technology the status, which sighted users
 * read from the icon and colour. Replace it with a `statusLabel` prop to translate it.
 */
export const defaultStatusLabels: Readonly<Record<FeedbackStatus, string>> = {
  info: 'Information',
  success: 'Success',
  warning: 'Warning',
  error: 'Error',
};

export function isFeedbackStatus(value: unknown): value is FeedbackStatus {
  return typeof value === 'string' && (feedbackStatuses as readonly string[]).includes(value);
}

/**
 * The status to render: the given one, or `info` with a development message when it is not
 * one of the four (reportUnknownValues, in the component's name), so a typo from untyped code
 * shows a message instead of an unstyled box.
 */
export function resolveStatus(component: string, status: unknown): FeedbackStatus {
  if (status === undefined) return 'info';
  if (isFeedbackStatus(status)) return status;
  // Inline, not a helper: bundlers fold `process.env.NODE_ENV` and drop the message text from
  // production bundles; the typeof check keeps an unbundled page working.
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues(component, { status: [status, feedbackStatuses] });
  }
  return 'info';
}
