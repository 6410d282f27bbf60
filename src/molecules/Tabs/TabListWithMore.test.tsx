import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils/dev';
import { Tab, TabListWithMore, TabPanel, Tabs } from '.';
import { overflowingTabs } from './TabListWithMore';

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'];

let room = 350;
/** Calls every ResizeObserver callback (TabList's scroll observer has one too). */
const observers: (() => void)[] = [];
const resize = () => {
  for (const callback of observers) callback();
};

beforeEach(() => {
  room = 350;
  observers.length = 0;
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  // Every tab and the More button are 100 px wide; the row is `room` wide.
  vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get').mockReturnValue(100);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('cal-tab-list-with-more') ? room : 0;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  resetDevErrors();
});

function Months({ defaultValue = 'Jan' }: { defaultValue?: string }) {
  return (
    <Tabs defaultValue={defaultValue}>
      <TabListWithMore aria-label="Months">
        {months.map((month) => (
          <Tab key={month} value={month} disabled={month === 'Jun'}>
            {month}
          </Tab>
        ))}
      </TabListWithMore>
      {months.map((month) => (
        <TabPanel key={month} value={month}>
          {month} report
        </TabPanel>
      ))}
    </Tabs>
  );
}

const more = () => screen.getByRole('button', { name: 'More' });
const menu = () => document.getElementById(more().getAttribute('aria-controls') ?? '')!;
const shownTabs = () =>
  screen
    .getAllByRole('tab')
    .filter((tab) => !tab.hasAttribute('data-overflowed'))
    .map((tab) => tab.textContent);

describe('overflowingTabs', () => {
  it('hides nothing when every tab fits', () => {
    expect(overflowingTabs([100, 100, 100], 300, 80, 0)).toEqual([]);
  });

  it('hides the tabs past the room left beside More', () => {
    expect(overflowingTabs([100, 100, 100, 100], 350, 100, 0)).toEqual([2, 3]);
  });

  it('keeps the selected tab, hiding the one before it instead', () => {
    expect(overflowingTabs([100, 100, 100, 100], 350, 100, 3)).toEqual([1, 2]);
  });
});

describe('TabListWithMore', () => {
  it('moves the tabs that do not fit into the More menu, as buttons', () => {
    render(<Months />);
    // 350 px: two tabs and More (100 px each).
    expect(shownTabs()).toEqual(['Jan', 'Feb']);
    const items = within(menu()).getAllByRole('button', { hidden: true });
    expect(items.map((item) => item.textContent)).toEqual(['Mar', 'Apr', 'May', 'Jun']);
    expect(items[3]).toBeDisabled();
    expect(more()).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows every tab and no More button when the room grows', () => {
    render(<Months />);
    room = 1000;
    act(() => resize());
    expect(shownTabs()).toEqual(months);
    expect(more()).toHaveAttribute('data-overflowed');
  });

  it('keeps the selected tab in the row', () => {
    render(<Months defaultValue="May" />);
    expect(shownTabs()).toEqual(['Jan', 'May']);
  });

  it('moves the arrow keys between the tabs in the row only, wrapping (APG tabs)', async () => {
    const user = userEvent.setup();
    render(<Months />);
    await user.click(screen.getByRole('tab', { name: 'Jan' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Feb' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Feb' })).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Jan' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Feb' })).toHaveFocus();
    // Tab leaves the tab list for the More button.
    await user.tab();
    expect(more()).toHaveFocus();
  });

  it('selects a tab chosen from the menu, brings it into the row and focuses it', async () => {
    render(<Months />);
    fireEvent.click(within(menu()).getByRole('button', { name: 'Apr', hidden: true }));
    const april = screen.getByRole('tab', { name: 'Apr' });
    expect(april).toHaveAttribute('aria-selected', 'true');
    expect(april).not.toHaveAttribute('data-overflowed');
    expect(april).toHaveFocus();
    expect(screen.getByText('Apr report')).toBeVisible();
  });

  it('lists links in linked Tabs, and runs the tab’s own onClick', () => {
    room = 250;
    const onClick = vi.fn();
    render(
      <Tabs linked value="/a">
        <TabListWithMore aria-label="Sections">
          <Tab value="/a" href="/a">
            A
          </Tab>
          <Tab value="/b" href="/b">
            B
          </Tab>
          <Tab value="/c" href="/c" onClick={onClick}>
            C
          </Tab>
        </TabListWithMore>
      </Tabs>,
    );
    const link = within(menu()).getByRole('link', { name: 'C', hidden: true });
    expect(link).toHaveAttribute('href', '/c');
    fireEvent.click(link);
    expect(onClick).toHaveBeenCalled();
  });

  it('says when a child is not a Tab', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <Tabs>
        <TabListWithMore aria-label="Sections">
          <Tab value="a">A</Tab>
          <span>Not a tab</span>
        </TabListWithMore>
      </Tabs>,
    );
    expect(error).toHaveBeenCalledWith(expect.stringContaining('must be Tab elements'));
  });
});
