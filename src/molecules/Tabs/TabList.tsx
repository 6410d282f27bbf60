import {
  forwardRef,
  useEffect,
  useRef,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { devError, mergeRefs } from '../../utils';
import { moveFocus } from '../roving';
import { tabListClass } from './Tabs.styles';
import { useTabs } from './TabsContext';
import { useScrollOverflow } from './useScrollOverflow';

export interface TabListProps extends HTMLAttributes<HTMLElement> {
  /** The Tab elements. */
  children?: ReactNode;
}

// Lucide's chevrons, inlined: the scroll buttons are the only icons Tabs draws, and the Icon
// component would add its own styles to every bundle that imports Tabs (bench/budgets.json).
const chevron = (path: string) => (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d={path} />
  </svg>
);

/**
 * The row (or column) of tabs: `role="tablist"`, named by `aria-label` or `aria-labelledby`,
 * with `aria-orientation`; in `linked` Tabs a `<nav>` landmark with a list of links. The ref
 * and native props reach that element.
 *
 * A horizontal list that does not fit scrolls sideways (scroll bar hidden), and a scroll
 * button shows at each end that has more tabs beyond it. The buttons are for the pointer
 * only (`aria-hidden`, out of the Tab order, as MUI's): keyboard users reach every tab with
 * the arrow keys or Tab, which scroll it into view. The overflow handling is its own piece
 * (`useScrollOverflow` and the buttons here), so a "more" menu can take its place once the
 * Menu molecule exists.
 *
 * @selector .cal-tab-list — the wrapper around the list and its scroll buttons
 * @selector [data-overflow] — the list does not fit, and both scroll buttons take their room (on the wrapper)
 * @selector [data-overflow-start], [data-overflow-end] — more tabs beyond that end; the other button is invisible
 * @selector [data-part="list" | "scroll-start" | "scroll-end"]
 */
export const TabList = forwardRef<HTMLElement, TabListProps>(function TabList(
  { className, children, onKeyDown, ...rest },
  ref,
) {
  const tabs = useTabs();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLElement>(null);
  const vertical = tabs?.orientation === 'vertical';
  const scrollBy = useScrollOverflow(wrapperRef, listRef, !vertical);
  const value = tabs?.value;
  const linked = tabs?.linked;

  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!tabs) {
      devError('TabList', 'a TabList must be inside <Tabs>; it renders as a plain list.');
    } else if (!rest['aria-label'] && !rest['aria-labelledby']) {
      devError(
        'TabList',
        'a tab list needs a name: pass `aria-label` (or `aria-labelledby`) saying what the tabs switch, e.g. "Account settings".',
      );
    }
  }

  useEffect(() => {
    // Bring the selected tab into view within the list only (never scroll the page). From
    // layout offsets (the list is the tabs' offset parent), not from on-screen boxes, which a
    // smooth scroll still under way would skew. Offsets and `scrollLeft` share one axis in
    // both directions: in right-to-left text, both run negative.
    const list = listRef.current;
    const tab = list?.querySelector<HTMLElement>('[data-selected]');
    if (!list || !tab || vertical) return;
    const start = tab.offsetLeft;
    const end = start + tab.offsetWidth;
    if (start < list.scrollLeft) list.scrollLeft = start;
    else if (end > list.scrollLeft + list.clientWidth) list.scrollLeft = end - list.clientWidth;
  }, [value, vertical]);

  const handleKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    onKeyDown?.(event);
    if (!tabs || tabs.linked) return;
    const items = Array.from(
      event.currentTarget.querySelectorAll<HTMLButtonElement>(':scope > [role="tab"]'),
    ).filter((tab) => !tab.disabled);
    const moved = moveFocus(event, items, { orientation: tabs.orientation });
    // Automatic activation: the tab that takes focus is selected, as a click would.
    if (moved && tabs.activation === 'automatic') moved.click();
  };

  const common = {
    ...rest,
    ref: mergeRefs(listRef, ref),
    className,
    'data-part': 'list',
  };

  // For the pointer only: out of the Tab order and the accessibility tree, and pressing one
  // keeps focus where it is (on a tab).
  const scrollButton = (direction: 1 | -1) =>
    vertical ? null : (
      <button
        type="button"
        data-part={direction > 0 ? 'scroll-end' : 'scroll-start'}
        aria-hidden="true"
        tabIndex={-1}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => scrollBy(direction)}
      >
        {chevron(direction > 0 ? 'm9 18 6-6-6-6' : 'm15 18-6-6 6-6')}
      </button>
    );

  return (
    <div ref={wrapperRef} className={tabListClass}>
      {scrollButton(-1)}
      {linked ? (
        <nav {...common}>
          <ul>{children}</ul>
        </nav>
      ) : (
        <div
          {...common}
          role="tablist"
          aria-orientation={vertical ? 'vertical' : undefined}
          onKeyDown={handleKeyDown}
        >
          {children}
        </div>
      )}
      {scrollButton(1)}
    </div>
  );
});

TabList.displayName = 'TabList';
