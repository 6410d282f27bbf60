import {
  forwardRef,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { IconButton } from '../../atoms/IconButton';
import { cx, devError, mergeRefs } from '../../utils';
import {
  defaultStatusLabels,
  DismissGlyph,
  focusableNeighbour,
  hasContent,
  resolveStatus,
  StatusMessageContent,
  type FeedbackStatus,
} from '../StatusMessage';
import { bannerClass } from './Banner.styles';

export type BannerStatus = FeedbackStatus;

// useLayoutEffect warns during server rendering in React 18; there is no focus to move there.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface BannerProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children'> {
  /**
   * What the message is about. Colour is never the only signal: each status has its own icon
   * and its name in visually hidden text (`statusLabel`).
   * @default 'info'
   * @selector [data-status="success" | "warning" | "error"] (info, the default, writes none)
   */
  status?: BannerStatus;
  /** The message in a few words; it also names the banner's landmark. */
  title?: ReactNode;
  /** More detail: what happened and what to do. */
  description?: ReactNode;
  /** Buttons or links that act on the message, e.g. `<Button size="sm">Update</Button>`. */
  actions?: ReactNode;
  /**
   * The status in words, read by screen readers before the title (translate it here).
   * @default 'Information' | 'Success' | 'Warning' | 'Error', after `status`
   */
  statusLabel?: string;
  /**
   * Makes the banner a live region, for one shown after the page has loaded (the connection
   * was lost): `error` and `warning` become `role="alert"`, `info` and `success`
   * `role="status"`. Screen readers announce an inserted `role="alert"` reliably; a
   * `role="status"` inserted together with its text is announced by most but not all, so an
   * `info` or `success` banner may go unheard (send a message that must be heard through a
   * region already on the page, such as a toast, too). Leave it off for a banner that is on
   * the page from the start.
   * @default false
   * @selector [role="alert"], [role="status"]
   */
  live?: boolean;
  /**
   * Shows a dismiss button (`dismissLabel`).
   * @default false
   * @selector [data-dismissible]
   */
  dismissible?: boolean;
  /**
   * The name of the dismiss button (translate it here).
   * @default 'Dismiss'
   */
  dismissLabel?: string;
  /**
   * Whether the banner is shown (controlled). Set it to `false` in `onDismiss`; leave it
   * undefined and the banner hides itself when dismissed.
   */
  open?: boolean;
  /**
   * Whether an uncontrolled banner starts shown.
   * @default true
   */
  defaultOpen?: boolean;
  /** Called when the dismiss button is pressed. */
  onDismiss?: () => void;
}

/**
 * A message about the whole page or app, across its top: a service notice, an expiring
 * trial, a lost connection. Optionally dismissible, controlled (`open` + `onDismiss`) or not.
 *
 * **Role.** The banner is a `<section>` landmark named by its title (or its status when it
 * has none), so screen-reader users can find it in the landmarks list, as Primer's Banner
 * does. It is not a live region unless `live` is set: a banner present at page load is read
 * where it stands; one that appears later (`live`) is announced as `alert` for errors and
 * warnings (reliably), and as `status` otherwise, which some screen readers miss when the
 * region is inserted together with its text.
 *
 * **Focus.** When the banner is dismissed while focus is inside it, focus moves to the next
 * focusable element after it (or the last one before it), never to `<body>`.
 *
 * State: `data-status` and `data-dismissible` on the root `<section>`, which receives the
 * ref; parts are `data-part="icon" | "content" | "status-label" | "title" | "description" |
 * "actions" | "dismiss"`.
 */
export const Banner = forwardRef<HTMLElement, BannerProps>(function Banner(
  {
    status: statusProp,
    title,
    description,
    actions,
    statusLabel,
    live = false,
    dismissible = false,
    dismissLabel = 'Dismiss',
    open: openProp,
    defaultOpen = true,
    onDismiss,
    className,
    ...rest
  },
  ref,
) {
  const status = resolveStatus('Banner', statusProp);
  const [ownOpen, setOwnOpen] = useState(defaultOpen);
  const controlled = openProp !== undefined;
  const open = controlled ? openProp : ownOpen;
  const titleId = useId();
  const rootRef = useRef<HTMLElement>(null);
  // Where focus goes if the banner closes while holding it; chosen before the banner leaves.
  const focusAfterClose = useRef<HTMLElement | null>(null);

  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    !hasContent(title) &&
    !hasContent(description)
  ) {
    devError('Banner', 'a banner needs a `title` or a `description`; this one says nothing.');
  }
  if (
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production' &&
    controlled &&
    dismissible &&
    !onDismiss
  ) {
    devError(
      'Banner',
      '`open` with `dismissible` needs `onDismiss`: otherwise the dismiss button cannot close it.',
    );
  }

  useBrowserLayoutEffect(() => {
    const target = focusAfterClose.current;
    if (open || !target) return;
    focusAfterClose.current = null;
    const active = document.activeElement;
    if ((active === null || active === document.body) && target.isConnected) target.focus();
  }, [open]);

  if (!open) return null;

  const dismiss = () => {
    const root = rootRef.current;
    if (root?.contains(document.activeElement)) focusAfterClose.current = focusableNeighbour(root);
    if (!controlled) setOwnOpen(false);
    onDismiss?.();
  };

  const label = statusLabel ?? defaultStatusLabels[status];
  return (
    <section
      {...rest}
      ref={mergeRefs(ref, rootRef)}
      className={cx(bannerClass, className)}
      data-status={status === 'info' ? undefined : status}
      data-dismissible={dismissible || undefined}
      role={live ? (status === 'error' || status === 'warning' ? 'alert' : 'status') : rest.role}
      aria-labelledby={
        rest['aria-labelledby'] ?? (rest['aria-label'] || !hasContent(title) ? undefined : titleId)
      }
      aria-label={rest['aria-label'] ?? (hasContent(title) ? undefined : label)}
    >
      <StatusMessageContent
        status={status}
        statusLabel={label}
        title={title}
        description={description}
        actions={actions}
        titleId={titleId}
      />
      {dismissible ? (
        <IconButton
          data-part="dismiss"
          size="sm"
          label={dismissLabel}
          icon={<DismissGlyph />}
          onClick={dismiss}
        />
      ) : null}
    </section>
  );
});

Banner.displayName = 'Banner';
