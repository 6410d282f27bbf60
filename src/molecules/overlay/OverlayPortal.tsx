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
 * the dialog's element to be usable (the bug in ariakit pull request 4101).
 */
export const OverlayContainerContext = createContext<RefObject<HTMLElement | null> | null>(null);
OverlayContainerContext.displayName = 'CallicratesOverlayContainer';

export interface OverlayPortalProps {
  children?: ReactNode;
}

/**
 * Renders its children at the end of the nearest overlay scope: the enclosing overlay's
 * element, else the element of a nested `scope="element"` ThemeProvider (so the overlay keeps
 * that provider's `data-theme`), else `<body>` (which inherits `data-theme` and `dir` from
 * `<html>`). The one style sheet applies everywhere in the document, so no scope loses styles.
 *
 * Renders nothing on the server and during hydration (see useHydrated). Touches `document`
 * only in client renders.
 */
export function OverlayPortal({ children }: OverlayPortalProps) {
  const hydrated = useHydrated();
  const overlayScope = useContext(OverlayContainerContext);
  const themeScope = useContext(ThemeScopeContext);
  const scope = overlayScope ?? themeScope;
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
