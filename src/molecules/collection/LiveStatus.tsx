import type { ReactNode } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';

/**
 * The polite live region a list control says its state in (Combobox, Select, Filter): out of
 * sight, and in the page from the first render, because a region added together with its
 * message is often not read. Render it always; its text is what to say now ('' says nothing).
 */
export function LiveStatus({ children }: { children: ReactNode }) {
  return (
    <span className={visuallyHiddenClass} role="status" aria-live="polite" aria-atomic="true">
      {children}
    </span>
  );
}
