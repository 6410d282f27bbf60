import { forwardRef } from 'react';
import { reportUnknownValues } from '../../utils';
import { drawerClass } from './Drawer.styles';
import {
  DialogSurface,
  type DialogNativeProps,
  type DialogSurfaceOwnProps,
} from '../Dialog/DialogSurface';

/** The edge a drawer slides from; `start`/`end` are logical and swap sides in RTL. */
export const drawerSides = ['end', 'start', 'top', 'bottom'] as const;
export type DrawerSide = (typeof drawerSides)[number];
/** Drawer sizes from the `size.drawer.*` tokens. */
export const drawerSizes = ['sm', 'md', 'lg'] as const;
export type DrawerSize = (typeof drawerSizes)[number];

export interface DrawerProps extends DialogSurfaceOwnProps, DialogNativeProps {
  /**
   * The edge it slides from. `end` is the right in LTR and the left in RTL.
   * @default 'end'
   * @selector [data-side="start" | "top" | "bottom"]
   */
  side?: DrawerSide;
  /**
   * The panel's inline size (`start`/`end`) or block size (`top`/`bottom`), from the
   * `size.drawer.*` tokens; never more than the viewport.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: DrawerSize;
  /**
   * Modal (the default): `showModal()`, the page behind is inert and its scroll locked, a click
   * on the backdrop closes the drawer. `false`: `show()`, the page stays usable (a side panel
   * next to the content it edits), no backdrop, no scroll lock, no focus wrap; Escape closes
   * it only while focus is inside it.
   * @default true
   * @selector [data-modal="false"]
   */
  modal?: boolean;
  /**
   * The accessible name of the close button in the header.
   * @default 'Close'
   */
  closeLabel?: string;
}

/**
 * A panel that slides in from an edge of the viewport: navigation, filters, details of a
 * record. The native `<dialog>` like Dialog, with the same parts (title, description, body
 * that scrolls, footer, close button), state, focus handling and motion.
 *
 * @selector .cal-drawer — the `<dialog>`; parts as in Dialog
 * @selector [data-exiting] — closed and playing its exit animation
 */
export const Drawer = forwardRef<HTMLDialogElement, DrawerProps>(function Drawer(
  { side = 'end', size = 'md', modal = true, closeLabel = 'Close', ...rest },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Drawer', { side: [side, drawerSides], size: [size, drawerSizes] });
  }
  return (
    <DialogSurface
      {...rest}
      ref={ref}
      component="Drawer"
      surfaceClass={drawerClass}
      modal={modal}
      closeOnOutsidePress={modal}
      closeLabel={closeLabel}
      attributes={{
        'data-side': side === 'end' ? undefined : side,
        'data-size': size === 'md' ? undefined : size,
        'data-modal': modal ? undefined : 'false',
      }}
    />
  );
});

Drawer.displayName = 'Drawer';
