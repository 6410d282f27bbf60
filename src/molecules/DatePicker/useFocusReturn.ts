import { useEffect, useRef, type RefObject } from 'react';

/**
 * Where focus goes when a picker's calendar closes: to the calendar button (the APG date
 * picker dialog), not to the field the popover is anchored to. The popover hands focus back
 * to its anchor, the field's group, which passes it to the first segment; this moves it on to
 * the button. Focus that went elsewhere (a press on another control) is left there.
 */
export function useFocusReturn(
  open: boolean,
  fieldRef: RefObject<HTMLElement | null>,
  buttonRef: RefObject<HTMLElement | null>,
): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return;
    const doc = fieldRef.current?.ownerDocument;
    const active = doc?.activeElement;
    if (!active || active === doc.body || fieldRef.current?.contains(active)) {
      buttonRef.current?.focus();
    }
  }, [open, fieldRef, buttonRef]);
}
