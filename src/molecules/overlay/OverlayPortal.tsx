import {
  createContext,
  useContext,
  useEffect,
  useReducer,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { ThemeScopeContext } from '../../theme/ThemeContext';
import { useHydrated } from './useHydrated';

/**
 * The element overlays opened from inside an overlay portal into. A modal `<dialog>` makes
 * everything outside it inert, so a Select or Popover opened from a Dialog must live inside
 * the dialog's element to be usable (the bug in ariakit pull request 4101). The dialog also
 * provides its element as the theme scope (ThemeScopeContext), so a nested ThemeProvider
 * inside it is nearer and wins; this is the fallback under a `scope="document"` provider
 * inside the dialog, which resets the theme scope to `<body>`, inert behind a modal.
 */
export const OverlayContainerContext = createContext<RefObject<HTMLElement | null> | null>(null);
OverlayContainerContext.displayName = 'CallicratesOverlayContainer';

export interface OverlayPortalProps {
  children?: ReactNode;
}

/**
 * Renders its children at the end of the nearest scope: the element of the nearest
 * `scope="element"` ThemeProvider or enclosing dialog, whichever is nearer (so an overlay
 * keeps the `data-theme` of the provider around it, and one opened from a modal dialog lives
 * inside it, not inert), else the enclosing dialog's element, else `<body>` (which inherits
 * `data-theme` and `dir` from `<html>`). The one style sheet applies everywhere in the
 * document, so no scope loses styles.
 *
 * Renders nothing on the server and during hydration (see useHydrated). Touches `document`
 * only in client renders.
 */
export function OverlayPortal({ children }: OverlayPortalProps) {
  const hydrated = useHydrated();
  const overlayScope = useContext(OverlayContainerContext);
  const themeScope = useContext(ThemeScopeContext);
  const scope = themeScope ?? overlayScope;
  // An overlay mounted in the same commit as its scope element renders before that element's
  // ref is attached. Passive effects run after every ref is attached, so retry once there.
  const waiting = hydrated && scope !== null && scope.current === null;
  const [, retry] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    if (waiting) retry();
  }, [waiting]);

  if (!hydrated || waiting) return null;
  return createPortal(children, scope?.current ?? document.body);
}
