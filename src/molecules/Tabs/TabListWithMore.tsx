import {
  Children,
  cloneElement,
  forwardRef,
  isValidElement,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { devError, useBrowserLayoutEffect } from '../../utils';
import { OverflowPopup } from '../overflowPopup';
import { moveFocus } from '../roving';
import { Tab, type TabProps } from './Tab';
import { TabList, type TabListProps } from './TabList';
import { tabListWithMoreClass } from './TabListWithMore.styles';
import { useTabs } from './TabsContext';

export interface TabListWithMoreProps extends TabListProps {
  /**
   * The text of the button that holds the tabs that do not fit (and its accessible name).
   * @default 'More'
   */
  moreLabel?: string;
}

/** Lucide's chevron-down, inlined: the Icon component would add its styles to the bundle. */
const chevronDown = (
  <svg
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    strokeWidth={2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
  >
    <path d="m6 9 6 6 6-6" />
  </svg>
);

/**
 * Which tabs do not fit `room` pixels: the tabs' widths in order, the More button's width
 * (taken from the room once anything overflows), and the selected tab's index, which always
 * stays shown (the tab before it leaves instead, as in Primer's UnderlineNav). Returns the
 * indexes hidden; empty when every tab fits.
 */
export function overflowingTabs(
  widths: readonly number[],
  room: number,
  more: number,
  selected: number,
): number[] {
  if (widths.reduce((sum, width) => sum + width, 0) <= room) return [];
  const kept: number[] = [];
  let used = selected >= 0 ? (widths[selected] as number) : 0;
  widths.forEach((width, index) => {
    if (index === selected) return;
    if (used + width <= room - more) {
      kept.push(index);
      used += width;
    }
  });
  return widths
    .map((_, index) => index)
    .filter((index) => index !== selected && !kept.includes(index));
}

/**
 * A TabList whose tabs that do not fit move into a "More" button at its end, which shows them
 * as a list (buttons; links in `linked` Tabs); choosing one selects that tab (and navigates in
 * `linked` Tabs), which then takes a place in the row. The selected tab always stays in the
 * row. Arrow keys, Home and End move between the tabs in the row (the APG tabs pattern); Tab
 * reaches the More button after them. Horizontal Tabs only: in vertical ones it is a plain
 * TabList. Use it in place of TabList; Tabs without it carry none of its code (the More
 * popup is the platform's popover, not the Menu molecule).
 *
 * @selector .cal-tab-list-with-more — the row around the TabList and the More button
 * @selector [data-overflowed] — a tab (and the More button while nothing overflows), out of the flow and invisible
 * @selector [data-part="more"]
 */
export const TabListWithMore = forwardRef<HTMLElement, TabListWithMoreProps>(
  function TabListWithMore({ moreLabel = 'More', children, ...rest }, ref) {
    const tabs = useTabs();
    const rowRef = useRef<HTMLDivElement>(null);
    const [hidden, setHidden] = useState<readonly string[]>([]);
    const pendingFocus = useRef<string | null>(null);
    const items = Children.toArray(children).filter(
      (child): child is ReactElement<TabProps> => isValidElement(child) && child.type === Tab,
    );
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
      if (items.length !== Children.count(children)) {
        devError(
          'TabListWithMore',
          'its children must be Tab elements, directly: others cannot move into the More menu.',
        );
      }
    }
    const values = items.map((item) => item.props.value);
    const vertical = tabs?.orientation === 'vertical';
    const selected = tabs?.value;

    useBrowserLayoutEffect(() => {
      const row = rowRef.current;
      const list = row?.querySelector<HTMLElement>('[data-part="list"]');
      if (!row || !list || vertical) return;
      const tabElements = Array.from(
        list.querySelectorAll<HTMLElement>(':scope > [role="tab"], :scope > ul > li'),
      );
      const update = () => {
        const more = row.querySelector<HTMLElement>(':scope > [data-part="more"]');
        const widths = tabElements.map((tab) => tab.offsetWidth);
        const next = overflowingTabs(
          widths,
          row.clientWidth,
          more?.offsetWidth ?? 0,
          values.indexOf(selected as string),
        ).map((index) => values[index] as string);
        setHidden((current) => (current.join('\n') === next.join('\n') ? current : next));
      };
      update();
      if (typeof ResizeObserver !== 'function') return;
      const observer = new ResizeObserver(update);
      // The tabs too: a web font arriving, or a badge changing, resizes them, not the row.
      for (const element of [row, ...tabElements]) observer.observe(element);
      return () => observer.disconnect();
    }, [values.join('\n'), selected, vertical]);

    // A tab chosen from the menu takes focus once it is back in the row.
    useEffect(() => {
      const value = pendingFocus.current;
      if (value === null || hidden.includes(value)) return;
      pendingFocus.current = null;
      const index = values.indexOf(value);
      const list = rowRef.current?.querySelector('[data-part="list"]');
      const tabElements = list?.querySelectorAll<HTMLElement>(
        ':scope > [role="tab"], :scope > ul > li > *',
      );
      tabElements?.[index]?.focus();
    });

    // Arrow keys move between the tabs in the row only: this handler runs first (capture) and
    // keeps TabList's, which counts every tab, from running.
    useEffect(() => {
      const row = rowRef.current;
      if (!row || !tabs || tabs.linked) return;
      const onKeyDown = (event: KeyboardEvent) => {
        const list = row.querySelector('[role="tablist"]');
        if (!list?.contains(event.target as Node)) return;
        const shown = Array.from(
          list.querySelectorAll<HTMLButtonElement>(':scope > [role="tab"]:not([data-overflowed])'),
        ).filter((tab) => !tab.disabled);
        const moved = moveFocus(event, shown, { orientation: 'horizontal' });
        if (!moved) return;
        event.stopPropagation();
        if (tabs.activation === 'automatic') moved.click();
      };
      row.addEventListener('keydown', onKeyDown, true);
      return () => row.removeEventListener('keydown', onKeyDown, true);
    }, [tabs]);

    if (vertical || !tabs) {
      return (
        <TabList ref={ref} {...rest}>
          {children}
        </TabList>
      );
    }

    const overflowed = items.filter((item) => hidden.includes(item.props.value));
    // As a click on the Tab would: its own onClick first (a router's navigation), then the
    // selection unless that prevented it.
    const choose = (tab: TabProps, event: MouseEvent<HTMLElement>) => {
      tab.onClick?.(event);
      pendingFocus.current = tab.value;
      if (!event.defaultPrevented) tabs.select(tab.value);
    };

    return (
      <div ref={rowRef} className={tabListWithMoreClass}>
        <TabList ref={ref} {...rest}>
          {items.map((item) =>
            hidden.includes(item.props.value)
              ? cloneElement(item, { 'data-overflowed': '' } as Partial<TabProps>)
              : item,
          )}
        </TabList>
        <OverflowPopup
          label={moreLabel}
          buttonProps={{
            'data-part': 'more',
            'data-overflowed': overflowed.length === 0 ? '' : undefined,
          }}
          items={overflowed.map(({ props: tab }) => {
            const { value, disabled, badge } = tab;
            const label = (
              <>
                {tab.children}
                {badge ? ' ' : null}
                {badge}
              </>
            );
            if (tabs.linked) {
              const Link = disabled ? 'a' : (tab.as ?? 'a');
              const destination: { href?: string; to?: string | object } = {};
              if (!disabled && tab.href !== undefined) destination.href = tab.href;
              if (!disabled && tab.to !== undefined) destination.to = tab.to;
              return (
                <li key={value}>
                  <Link
                    {...destination}
                    data-part="item"
                    aria-disabled={disabled || undefined}
                    role={disabled ? 'link' : undefined}
                    onClick={
                      disabled ? undefined : (event: MouseEvent<HTMLElement>) => choose(tab, event)
                    }
                  >
                    {label}
                  </Link>
                </li>
              );
            }
            return (
              <li key={value}>
                <button
                  type="button"
                  data-part="item"
                  disabled={disabled}
                  onClick={(event) => choose(tab, event)}
                >
                  {label}
                </button>
              </li>
            );
          })}
        >
          {moreLabel}
          {chevronDown}
        </OverflowPopup>
      </div>
    );
  },
);

TabListWithMore.displayName = 'TabListWithMore';
