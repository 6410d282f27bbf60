import {
  forwardRef,
  useContext,
  useId,
  useLayoutEffect,
  useRef,
  type DialogHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { IconButton } from '../../atoms/IconButton';
import { ThemeScopeContext } from '../../theme/ThemeContext';
import { cx, devError } from '../../utils';
import {
  captureFocusReturn,
  focusFirst,
  OverlayContainerContext,
  OverlayPortal,
  pushModal,
  useOverlayLayer,
  useOverlaySurface,
  useScrollableFocus,
  wrapTab,
} from '../overlay';
import { DialogTriggerContext } from './DialogTrigger';

/** The props Dialog, AlertDialog and Drawer share. */
export interface DialogSurfaceOwnProps {
  /** Whether the dialog is open, controlled. Pair it with `onOpenChange`. */
  open?: boolean;
  /**
   * Whether the dialog starts open, when uncontrolled (and not inside a DialogTrigger).
   * @default false
   */
  defaultOpen?: boolean;
  /**
   * Called with `false` when the user closes the dialog (Escape, the close button, a click on
   * the backdrop where allowed, a `<form method="dialog">` submitting), and with `true` when
   * a DialogTrigger opens it. A controlled dialog stays open until you set `open={false}`.
   */
  onOpenChange?: (open: boolean) => void;
  /**
   * The heading (an `h2`); it names the dialog (`aria-labelledby`). Required unless
   * `aria-label` or `aria-labelledby` names it.
   */
  title?: ReactNode;
  /** A sentence under the title; it describes the dialog (`aria-describedby`). */
  description?: ReactNode;
  /** The content: it scrolls inside the dialog when long, while header and footer stay. */
  children?: ReactNode;
  /** The actions, usually Buttons, aligned to the end: the primary action last. */
  footer?: ReactNode;
  /**
   * The element to focus on open. By default focus goes to the first element with
   * `autoFocus`, else the first field or control of the body, else of the footer, else the
   * close button.
   */
  initialFocus?: RefObject<HTMLElement | null>;
  /**
   * Keep the content mounted while the dialog is closed, in a closed `<dialog>`: not shown
   * and not in the accessibility tree, as the platform's own closed dialog. Opening then only
   * shows it, as fast as a native `<dialog>` (bench `dialogOpen`), and what the user typed
   * stays between openings; the price is mounting the content with the page. Rendered on
   * the client only, like every overlay.
   * @default false
   */
  keepMounted?: boolean;
}

export type DialogNativeProps = Omit<
  DialogHTMLAttributes<HTMLDialogElement>,
  keyof DialogSurfaceOwnProps | 'open' | 'role'
>;

type DataAttributes = { [key: `data-${string}`]: string | true | undefined };

export interface DialogSurfaceProps extends DialogSurfaceOwnProps, DialogNativeProps {
  /** The public component's name, for development messages. */
  component: string;
  /** Its constant style class. */
  surfaceClass: string;
  /** `showModal()` (inert page, focus kept inside, scroll locked) or `show()`. */
  modal: boolean;
  /** Whether a press on the backdrop (outside the surface) closes it. */
  closeOnOutsidePress: boolean;
  /** The accessible name of the close button, or null for none (AlertDialog). */
  closeLabel: string | null;
  /** The component's own data attributes (size, side, …), written on the `<dialog>`. */
  attributes?: DataAttributes;
  role?: 'dialog' | 'alertdialog';
  /** Without a `description`, the body describes the dialog (an alert dialog's message). */
  describedByBody?: boolean;
}

function hasName(props: DialogSurfaceProps): boolean {
  const { title } = props;
  const titled = title != null && title !== false && title !== '';
  return titled || Boolean(props['aria-label'] || props['aria-labelledby']);
}

/**
 * The one dialog implementation behind Dialog, AlertDialog and Drawer: open state
 * (controlled, uncontrolled or from a DialogTrigger), mount while open or exiting, and the
 * `<dialog>` in a portal. Not exported from the package.
 */
export const DialogSurface = forwardRef<HTMLDialogElement, DialogSurfaceProps>(
  function DialogSurface(props, ref) {
    const { open, defaultOpen, onOpenChange, component, keepMounted, ...rest } = props;
    const trigger = useContext(DialogTriggerContext);
    // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      reportMisuse(component, props, trigger !== null);
    }
    const surface = useOverlaySurface<HTMLDialogElement>(
      { open, defaultOpen, onOpenChange },
      trigger,
      ref,
    );
    if (!surface.mounted && !keepMounted) return null;
    return (
      <OverlayPortal>
        <DialogElement
          {...rest}
          shown={surface.mounted}
          exiting={surface.exiting}
          requestClose={surface.requestClose}
          ref={surface.ref}
          innerRef={surface.elementRef}
          triggerRef={trigger?.triggerRef}
        />
      </OverlayPortal>
    );
  },
);

function reportMisuse(component: string, props: DialogSurfaceProps, triggered: boolean) {
  if (!hasName(props)) {
    devError(
      component,
      'a dialog needs an accessible name: give it a `title`, or an `aria-label` when it shows no heading.',
    );
  }
  if (props.open !== undefined && !props.onOpenChange && !triggered) {
    devError(
      component,
      '`open` without `onOpenChange` cannot be closed by the user. Handle `onOpenChange`, or use `defaultOpen` or a DialogTrigger.',
    );
  }
}

type DialogElementProps = Omit<
  DialogSurfaceProps,
  'open' | 'defaultOpen' | 'onOpenChange' | 'component' | 'keepMounted'
> & {
  /** Open, or closed and playing its exit animation; false only for a kept-mounted dialog. */
  shown: boolean;
  exiting: boolean;
  requestClose: () => void;
  innerRef: RefObject<HTMLDialogElement | null>;
  /** A DialogTrigger's control: the opener when the press that opened it left focus nowhere. */
  triggerRef?: RefObject<HTMLElement | null>;
};

/** Whether a pointer press landed on the dialog's backdrop rather than on the surface. */
function pressedBackdrop(dialog: HTMLDialogElement, event: PointerEvent): boolean {
  if (event.target !== dialog) return false;
  const rect = dialog.getBoundingClientRect();
  return (
    event.clientX < rect.left ||
    event.clientX > rect.right ||
    event.clientY < rect.top ||
    event.clientY > rect.bottom
  );
}

/**
 * The `<dialog>`: shown while `shown`; mounted on open and unmounted after its exit animation,
 * unless the dialog is kept mounted, when it stays in the page closed.
 */
const DialogElement = forwardRef<HTMLDialogElement, DialogElementProps>(function DialogElement(
  {
    surfaceClass,
    modal,
    closeOnOutsidePress,
    closeLabel,
    attributes,
    title,
    description,
    footer,
    children,
    initialFocus,
    shown,
    exiting,
    requestClose,
    innerRef,
    triggerRef,
    className,
    role,
    describedByBody = false,
    onKeyDown,
    onCancel,
    onClose,
    onSubmit,
    ...native
  },
  forwardedRef,
) {
  const titleId = useId();
  const descriptionId = useId();
  const bodyId = useId();
  const bodyRef = useRef<HTMLDivElement>(null);
  const footerRef = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const hasTitle = title != null && title !== false && title !== '';
  const hasDescription = description != null && description !== false;

  // Show when shown, close when not (or on unmount), in one effect so the order holds:
  // remember the opener, show, move focus in; then close (the page stops being inert)
  // before focus goes back.
  useLayoutEffect(() => {
    if (!shown) return;
    // Set: React attaches refs before it runs layout effects.
    const dialog = innerRef.current as HTMLDialogElement;
    // Safari (and Firefox on macOS) do not focus a button they click: focus is on <body>, and
    // a DialogTrigger's control is then the opener, for focus return and direction.
    const doc = dialog.ownerDocument;
    const focusReturn = captureFocusReturn(
      doc,
      doc.activeElement === doc.body ? triggerRef?.current : null,
    );
    // A portalled dialog takes the direction of the control that opened it (an RTL block
    // inside an LTR page), unless the caller set `dir`; again at every opening, for a dialog
    // kept mounted. One style read, before showing, while style is clean.
    const opener = focusReturn.opener;
    if (opener && !native.dir) dialog.dir = getComputedStyle(opener).direction;
    // showModal() focuses the first `[autofocus]` element, else the first focusable one: the
    // close button, or a body that scrolls. focusFirst would then move focus to
    // `initialFocus` or the body's first field: a second focus change, with its events (a
    // field's blur validation) and another style and layout pass. Marked `autofocus` for the
    // call, that element is the browser's choice too; focusFirst still decides, and focusing
    // the element that has focus does nothing.
    const hint = dialog.querySelector('[autofocus]')
      ? null
      : initialFocus?.current ||
        bodyRef.current?.querySelector('input:not([type=hidden]),select,textarea,button');
    // A modal locks page scroll and becomes the place for what must stay usable above it.
    // Before showing: the lock reads the page's layout while it is still clean and restyles
    // `<html>`, and showModal() then recalculates style once for both.
    const leaveModal = modal ? pushModal(dialog) : undefined;
    // Each opening starts without a result: a kept-mounted dialog's last one is not this one's.
    dialog.returnValue = '';
    hint?.setAttribute('autofocus', '');
    show(dialog, modal);
    hint?.removeAttribute('autofocus');
    focusFirst([
      initialFocus?.current,
      dialog.querySelector<HTMLElement>('[autofocus]'),
      bodyRef.current,
      footerRef.current,
      closeRef.current,
      dialog,
    ]);
    return () => {
      leaveModal?.();
      if (dialog.close) dialog.close();
      else dialog.removeAttribute('open');
      focusReturn.restore(dialog);
    };
    // Only `shown`: the other values are read at the moment the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);

  useScrollableFocus(bodyRef);

  // On the stack for as long as it is shown, exit animation included: an Escape or a press
  // while it fades out is spent on it, and does not close the overlay below as well.
  useOverlayLayer(shown, {
    onEscape: (event) => {
      // A non-modal panel answers Escape only from inside; the page keeps it otherwise.
      const dialog = innerRef.current;
      if (!modal && !dialog?.contains(event.target as Node)) return false;
      if (!exiting) requestClose();
    },
    onPointerDownOutside: () => {
      if (closeOnOutsidePress && !exiting) requestClose();
    },
    isInside: (event) => {
      const dialog = innerRef.current;
      if (!dialog) return false;
      if (pressedBackdrop(dialog, event)) return false;
      return dialog.contains(event.target as Node);
    },
  });

  const handleKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    onKeyDown?.(event);
    const dialog = innerRef.current;
    if (modal && dialog && !event.defaultPrevented) wrapTab(event.nativeEvent, dialog);
  };

  // The browser's own close request (a back gesture, a CloseWatcher): ask, do not close.
  // React bubbles a nested dialog's `cancel` through the React tree: that one is not ours.
  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    onCancel?.(event);
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    if (!exiting) requestClose();
  };

  // Closed by the platform without us (an invoker command): bring the state in line. Our
  // own closes arrive here too, a task later, as no-ops (the state is closed already), or
  // for a kept-mounted dialog shown again meanwhile, open: left alone.
  const handleClose = (event: SyntheticEvent<HTMLDialogElement>) => {
    onClose?.(event);
    const dialog = event.currentTarget;
    if (!dialog.open && event.target === dialog) requestClose();
  };

  // `<form method="dialog">` closes through onOpenChange, so controlled dialogs stay in
  // charge, and jsdom (no dialog support) behaves like a browser: `returnValue` is the
  // submitter's value ('' without one). Submit events stop at the
  // dialog: React would otherwise bubble them through the portal to a form around the Dialog.
  const handleSubmit: NonNullable<DialogNativeProps['onSubmit']> = (event) => {
    onSubmit?.(event);
    event.stopPropagation();
    const form = event.target as HTMLFormElement;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    // The IDL attributes, in lower case: a submitter's `formMethod` (empty when its attribute
    // is unset) wins over its form's `method`. jsdom has no `formMethod`: it sees the form's.
    const method = (submitter as HTMLButtonElement | null)?.formMethod || form.method;
    if (method === 'dialog' && !event.defaultPrevented) {
      event.preventDefault();
      // As the native submission does, before onOpenChange hears of it.
      event.currentTarget.returnValue = (submitter as HTMLButtonElement | null)?.value ?? '';
      requestClose();
    }
  };

  return (
    <dialog
      {...native}
      {...attributes}
      ref={forwardedRef}
      className={cx(surfaceClass, className)}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={native['aria-labelledby'] ?? (hasTitle ? titleId : undefined)}
      aria-describedby={
        native['aria-describedby'] ??
        (hasDescription ? descriptionId : describedByBody && children ? bodyId : undefined)
      }
      tabIndex={-1}
      data-exiting={exiting || undefined}
      onKeyDown={handleKeyDown}
      onCancel={handleCancel}
      onClose={handleClose}
      onSubmit={handleSubmit}
    >
      <OverlayContainerContext.Provider value={innerRef}>
        {/* The nearest scope for what portals from inside, until a nested ThemeProvider. */}
        <ThemeScopeContext.Provider value={innerRef}>
          <DialogTriggerContext.Provider value={null}>
            <div data-part="header">
              {hasTitle || hasDescription ? (
                <div data-part="heading">
                  {hasTitle ? (
                    <h2 id={titleId} data-part="title">
                      {title}
                    </h2>
                  ) : null}
                  {hasDescription ? (
                    <p id={descriptionId} data-part="description">
                      {description}
                    </p>
                  ) : null}
                </div>
              ) : null}
              {closeLabel !== null ? (
                <IconButton
                  ref={closeRef}
                  data-part="close"
                  label={closeLabel}
                  icon={closeGlyph}
                  size="sm"
                  onClick={requestClose}
                />
              ) : null}
            </div>
            <div ref={bodyRef} id={bodyId} data-part="body">
              {children}
            </div>
            {footer ? (
              <div ref={footerRef} data-part="footer">
                {footer}
              </div>
            ) : null}
          </DialogTriggerContext.Provider>
        </ThemeScopeContext.Provider>
      </OverlayContainerContext.Provider>
    </dialog>
  );
});

/**
 * The close button's cross: lucide's `x`, the drawing XIcon uses, inlined as two strokes so a
 * Dialog does not pull the Icon component and its colour styles into every bundle (0.7 KiB
 * of the Dialog byte budget, bench/budgets.json). IconButton sizes it like any icon.
 */
const closeGlyph = (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    aria-hidden="true"
  >
    <path d="M18 6 6 18M6 6l12 12" />
  </svg>
);

/**
 * `showModal()`/`show()`, with the `open` attribute as the fallback where neither exists
 * (jsdom). Neither can throw here: the element is connected (the portal mounted it), not yet
 * open, and never a popover.
 */
function show(dialog: HTMLDialogElement, modal: boolean) {
  if (dialog.open) return;
  const method = modal ? dialog.showModal : dialog.show;
  if (method) method.call(dialog);
  else dialog.setAttribute('open', '');
}
