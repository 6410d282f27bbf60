import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, forwardRef, useState, type AnchorHTMLAttributes } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { Badge } from '../../atoms/Badge';
import { Button } from '../../atoms/Button';
import { TextField } from '../../atoms/TextField';
import { Dialog, DialogTrigger } from '../Dialog';
import { Tab, TabList, TabPanel, Tabs, type TabsProps } from '.';

afterEach(() => vi.restoreAllMocks());

function Account(props: Partial<TabsProps> & { dir?: 'rtl' }) {
  const { dir, ...tabsProps } = props;
  return (
    <div dir={dir}>
      <Tabs {...tabsProps}>
        <TabList aria-label="Account">
          <Tab value="general">General</Tab>
          <Tab value="billing">Billing</Tab>
          <Tab value="legacy" disabled>
            Legacy
          </Tab>
          <Tab value="team">Team</Tab>
        </TabList>
        <TabPanel value="general">
          <TextField label="Name" />
        </TabPanel>
        <TabPanel value="billing">Billing details</TabPanel>
        <TabPanel value="legacy">Old settings</TabPanel>
        <TabPanel value="team">Members</TabPanel>
      </Tabs>
    </div>
  );
}

const tab = (name: string) => screen.getByRole('tab', { name });
const shownPanel = () => screen.getByRole('tabpanel');

describe('Tabs', () => {
  describe('given tabs without a value', () => {
    it('selects the first enabled tab, and shows its panel only', () => {
      render(<Account />);
      expect(screen.getByRole('tablist', { name: 'Account' })).toBeInTheDocument();
      expect(tab('General')).toHaveAttribute('aria-selected', 'true');
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'false');
      expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
      expect(shownPanel()).toHaveAccessibleName('General');
    });

    it('wires each tab to its panel by id, both ways', () => {
      render(<Account />);
      const panel = shownPanel();
      expect(tab('General')).toHaveAttribute('aria-controls', panel.id);
      expect(panel).toHaveAttribute('aria-labelledby', tab('General').id);
      // Unselected panels may be unmounted: no reference to an id that may not exist.
      expect(tab('Billing')).not.toHaveAttribute('aria-controls');
    });

    it('puts only the selected tab in the Tab order (roving tabindex)', () => {
      render(<Account />);
      expect(tab('General')).toHaveAttribute('tabindex', '0');
      expect(tab('Billing')).toHaveAttribute('tabindex', '-1');
      expect(tab('Team')).toHaveAttribute('tabindex', '-1');
    });

    it('skips a disabled first tab', () => {
      render(
        <Tabs>
          <TabList aria-label="T">
            <Tab value="a" disabled>
              A
            </Tab>
            <Tab value="b">B</Tab>
          </TabList>
          <TabPanel value="a">Panel A</TabPanel>
          <TabPanel value="b">Panel B</TabPanel>
        </Tabs>,
      );
      expect(tab('B')).toHaveAttribute('aria-selected', 'true');
      expect(shownPanel()).toHaveTextContent('Panel B');
    });
  });

  describe('with the mouse', () => {
    it('selects a clicked tab and reports it', async () => {
      const onValueChange = vi.fn();
      render(<Account onValueChange={onValueChange} />);
      await userEvent.click(tab('Billing'));
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
      expect(tab('Billing')).toHaveAttribute('data-selected');
      expect(shownPanel()).toHaveTextContent('Billing details');
      expect(onValueChange).toHaveBeenCalledWith('billing');
    });

    it('does not select a disabled tab', async () => {
      const onValueChange = vi.fn();
      render(<Account onValueChange={onValueChange} />);
      expect(tab('Legacy')).toBeDisabled();
      expect(tab('Legacy')).toHaveAttribute('data-disabled');
      await userEvent.click(tab('Legacy'), { pointerEventsCheck: 0 });
      expect(onValueChange).not.toHaveBeenCalled();
    });

    it('lets a tab’s own onClick cancel the selection', async () => {
      render(
        <Tabs>
          <TabList aria-label="T">
            <Tab value="a">A</Tab>
            <Tab value="b" onClick={(event) => event.preventDefault()}>
              B
            </Tab>
          </TabList>
        </Tabs>,
      );
      await userEvent.click(tab('B'));
      expect(tab('A')).toHaveAttribute('aria-selected', 'true');
    });
  });

  describe('with the keyboard (APG tabs, automatic activation)', () => {
    it('enters the list on the selected tab, then Tab moves into the panel', async () => {
      render(<Account defaultValue="billing" />);
      await userEvent.tab();
      expect(tab('Billing')).toHaveFocus();
      await userEvent.tab();
      expect(shownPanel()).toHaveFocus();
    });

    it('moves to the first control of a panel that has one', async () => {
      render(<Account />);
      await userEvent.tab();
      await userEvent.tab();
      // The panel itself is in the Tab order first (it may begin with text), then its field.
      expect(shownPanel()).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    });

    it('selects the next and previous tab with Right and Left, skipping disabled ones', async () => {
      const onValueChange = vi.fn();
      render(<Account onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('Billing')).toHaveFocus();
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
      expect(tab('Billing')).toHaveAttribute('tabindex', '0');
      expect(tab('General')).toHaveAttribute('tabindex', '-1');
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('Team')).toHaveFocus();
      expect(shownPanel()).toHaveTextContent('Members');
      await userEvent.keyboard('{ArrowLeft}');
      expect(tab('Billing')).toHaveFocus();
      expect(onValueChange.mock.calls).toEqual([['billing'], ['team'], ['billing']]);
    });

    it('wraps around at both ends', async () => {
      render(<Account />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowLeft}');
      expect(tab('Team')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('General')).toHaveFocus();
    });

    it('goes to the first and last tab with Home and End', async () => {
      render(<Account />);
      await userEvent.tab();
      await userEvent.keyboard('{End}');
      expect(tab('Team')).toHaveFocus();
      expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{Home}');
      expect(tab('General')).toHaveFocus();
    });

    it('ignores Up and Down in a horizontal list', async () => {
      render(<Account />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      expect(tab('General')).toHaveFocus();
    });

    it('mirrors the arrows in right-to-left text', async () => {
      render(<Account dir="rtl" />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowLeft}');
      expect(tab('Billing')).toHaveFocus();
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('General')).toHaveFocus();
    });
  });

  describe('with manual activation', () => {
    it('moves focus with the arrows and selects with Enter or Space', async () => {
      const onValueChange = vi.fn();
      render(<Account activation="manual" onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('Billing')).toHaveFocus();
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'false');
      expect(onValueChange).not.toHaveBeenCalled();
      await userEvent.keyboard('{Enter}');
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{ArrowRight}{ }');
      expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
      expect(onValueChange.mock.calls).toEqual([['billing'], ['team']]);
    });

    it('keeps the selected tab in the Tab order while focus roams', async () => {
      render(<Account activation="manual" />);
      await userEvent.tab();
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('General')).toHaveAttribute('tabindex', '0');
      await userEvent.tab();
      expect(shownPanel()).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(tab('General')).toHaveFocus();
    });
  });

  describe('when vertical', () => {
    it('says so, and moves with Up and Down', async () => {
      render(<Account orientation="vertical" />);
      const list = screen.getByRole('tablist');
      expect(list).toHaveAttribute('aria-orientation', 'vertical');
      expect(list.closest('.cal-tabs')).toHaveAttribute('data-orientation', 'vertical');
      await userEvent.tab();
      await userEvent.keyboard('{ArrowDown}');
      expect(tab('Billing')).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      expect(tab('Team')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(tab('Team')).toHaveFocus();
    });

    it('draws no scroll buttons', () => {
      render(<Account orientation="vertical" />);
      expect(document.querySelector('[data-part^="scroll"]')).toBeNull();
    });
  });

  describe('when controlled', () => {
    function Controlled() {
      const [value, setValue] = useState('team');
      return (
        <>
          <Account value={value} onValueChange={setValue} />
          <output>{value}</output>
        </>
      );
    }

    it('shows the given value and follows its changes', async () => {
      render(<Controlled />);
      expect(tab('Team')).toHaveAttribute('aria-selected', 'true');
      await userEvent.click(tab('General'));
      expect(screen.getByRole('status')).toHaveTextContent('general');
      expect(tab('General')).toHaveAttribute('aria-selected', 'true');
    });

    it('stays put when the parent does not take the change', async () => {
      const onValueChange = vi.fn();
      render(<Account value="billing" onValueChange={onValueChange} />);
      await userEvent.click(tab('Team'));
      expect(onValueChange).toHaveBeenCalledWith('team');
      expect(tab('Billing')).toHaveAttribute('aria-selected', 'true');
      expect(shownPanel()).toHaveTextContent('Billing details');
    });
  });

  describe('panels', () => {
    const panelTexts = () =>
      Array.from(document.querySelectorAll('.cal-tab-panel')).map((panel) => panel.textContent);

    it('keeps every panel mounted and hidden by default, so their state survives', async () => {
      render(<Account />);
      expect(panelTexts()).toEqual(['Name', 'Billing details', 'Old settings', 'Members']);
      await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
      await userEvent.click(tab('Billing'));
      const hiddenField = screen.getByRole('textbox', { hidden: true, name: 'Name' });
      expect(hiddenField.closest('[role="tabpanel"]')).not.toBeVisible();
      await userEvent.click(tab('General'));
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Ada');
    });

    it('renders only the selected panel without keepMounted', async () => {
      render(<Account keepMounted={false} />);
      expect(panelTexts()).toEqual(['Name']);
      await userEvent.click(tab('Team'));
      expect(panelTexts()).toEqual(['Members']);
    });

    it('renders a lazy panel on its first visit, then keeps it', async () => {
      render(<Account lazy />);
      expect(panelTexts()).toEqual(['Name']);
      await userEvent.click(tab('Team'));
      expect(panelTexts()).toEqual(['Name', 'Members']);
      await userEvent.click(tab('General'));
      expect(panelTexts()).toEqual(['Name', 'Members']);
      expect(screen.getByText('Members').closest('[role="tabpanel"]')).toHaveAttribute('hidden');
    });
  });

  describe('tab content', () => {
    it('names a tab by its label and its badge', () => {
      render(
        <Tabs>
          <TabList aria-label="Project">
            <Tab value="code" icon={<svg data-testid="icon" />}>
              Code
            </Tab>
            <Tab value="issues" badge={<Badge count={12} label="open issues" />}>
              Issues
            </Tab>
          </TabList>
        </Tabs>,
      );
      expect(screen.getByRole('tab', { name: 'Issues 12 open issues' })).toBeInTheDocument();
      expect(screen.getByTestId('icon').parentElement).toHaveAttribute('aria-hidden', 'true');
    });
  });

  describe('overflow', () => {
    function fakeLayout(list: HTMLElement, scrollWidth: number, clientWidth: number) {
      Object.defineProperty(list, 'scrollWidth', { configurable: true, value: scrollWidth });
      Object.defineProperty(list, 'clientWidth', { configurable: true, value: clientWidth });
    }

    it('shows a scroll button at each end with more tabs beyond it, for the pointer only', () => {
      const { rerender } = render(<Account />);
      const list = screen.getByRole('tablist');
      const wrapper = list.parentElement!;
      expect(wrapper).not.toHaveAttribute('data-overflow');
      fakeLayout(list, 600, 300);
      rerender(<Account />);
      expect(wrapper).toHaveAttribute('data-overflow');
      expect(wrapper).toHaveAttribute('data-overflow-end');
      expect(wrapper).not.toHaveAttribute('data-overflow-start');
      list.scrollLeft = 300;
      fireEvent.scroll(list);
      expect(wrapper).toHaveAttribute('data-overflow-start');
      expect(wrapper).not.toHaveAttribute('data-overflow-end');
      const end = wrapper.querySelector('[data-part="scroll-end"]')!;
      expect(end).toHaveAttribute('aria-hidden', 'true');
      expect(end).toHaveAttribute('tabindex', '-1');
    });

    it('pages the list towards the button’s end, mirrored in right-to-left text', async () => {
      const scrollBy = vi.fn();
      // jsdom has no Element#scrollBy; the stand-in goes when the test does, as the next test
      // file in the worker shares this prototype.
      HTMLElement.prototype.scrollBy = scrollBy;
      onTestFinished(() => {
        delete (HTMLElement.prototype as Partial<HTMLElement>).scrollBy;
      });
      const { rerender } = render(<Account />);
      const list = screen.getByRole('tablist');
      fakeLayout(list, 1000, 500);
      await userEvent.click(list.parentElement!.querySelector('[data-part="scroll-end"]')!);
      expect(scrollBy).toHaveBeenLastCalledWith({ left: 400 });
      await userEvent.click(list.parentElement!.querySelector('[data-part="scroll-start"]')!);
      expect(scrollBy).toHaveBeenLastCalledWith({ left: -400 });
      rerender(<Account dir="rtl" />);
      await userEvent.click(list.parentElement!.querySelector('[data-part="scroll-end"]')!);
      expect(scrollBy).toHaveBeenLastCalledWith({ left: -400 });
      // Pressing a scroll button leaves focus where it was.
      expect(document.body).toHaveFocus();
    });
  });

  describe('when linked (tabs that navigate)', () => {
    const RouterLink = forwardRef<
      HTMLAnchorElement,
      AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }
    >(function RouterLink({ to, ...props }, ref) {
      return <a ref={ref} href={`#router${to}`} data-router="" {...props} />;
    });

    function Nav({ value }: { value?: string }) {
      return (
        <Tabs linked value={value} defaultValue={value ? undefined : '/code'}>
          <TabList aria-label="Repository">
            <Tab value="/code" href="#/code">
              Code
            </Tab>
            <Tab value="/issues" as={RouterLink} to="/issues">
              Issues
            </Tab>
            <Tab value="/wiki" href="#/wiki" disabled>
              Wiki
            </Tab>
          </TabList>
          <TabPanel value="/code">Files</TabPanel>
          <TabPanel value="/issues">Open issues</TabPanel>
        </Tabs>
      );
    }

    it('is a named navigation landmark of links, the current one aria-current="page"', () => {
      render(<Nav value="/issues" />);
      const nav = screen.getByRole('navigation', { name: 'Repository' });
      expect(screen.queryByRole('tablist')).toBeNull();
      expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
      const issues = screen.getByRole('link', { name: 'Issues' });
      expect(issues).toHaveAttribute('aria-current', 'page');
      expect(issues).toHaveAttribute('href', '#router/issues');
      expect(issues).toHaveAttribute('data-router');
      expect(screen.getByRole('link', { name: 'Code' })).not.toHaveAttribute('aria-current');
    });

    it('keeps every link in the Tab order, with no arrow-key roving', async () => {
      render(<Nav value="/code" />);
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Code' })).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(screen.getByRole('link', { name: 'Code' })).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('link', { name: 'Issues' })).toHaveFocus();
    });

    it('shows the current page’s content only, without tab panel roles', () => {
      render(<Nav value="/issues" />);
      expect(screen.queryByRole('tabpanel')).toBeNull();
      expect(screen.getByText('Open issues')).toBeInTheDocument();
      expect(screen.queryByText('Files')).toBeNull();
    });

    it('follows a clicked link when uncontrolled (hash links)', async () => {
      render(<Nav />);
      await userEvent.click(screen.getByRole('link', { name: 'Issues' }));
      expect(screen.getByRole('link', { name: 'Issues' })).toHaveAttribute('aria-current', 'page');
      expect(screen.getByText('Open issues')).toBeInTheDocument();
    });

    it('renders a disabled link with no href, aria-disabled, and ignores its clicks', async () => {
      render(<Nav />);
      const wiki = screen.getByRole('link', { name: 'Wiki' });
      expect(wiki).not.toHaveAttribute('href');
      expect(wiki).toHaveAttribute('aria-disabled', 'true');
      await userEvent.click(wiki);
      expect(wiki).not.toHaveAttribute('aria-current');
    });
  });

  describe('focus return from an overlay (overlay layer)', () => {
    it('goes to the selected tab when the trigger’s panel was hidden meanwhile', async () => {
      function Settings() {
        const [value, setValue] = useState('general');
        return (
          <Tabs value={value} onValueChange={setValue}>
            <TabList aria-label="Settings">
              <Tab value="general">General</Tab>
              <Tab value="billing">Billing</Tab>
            </TabList>
            <TabPanel value="general">
              <DialogTrigger>
                <Button>Change plan</Button>
                <Dialog
                  title="Change plan"
                  footer={<Button onClick={() => setValue('billing')}>Go to billing</Button>}
                >
                  <p>Plans are billed monthly.</p>
                </Dialog>
              </DialogTrigger>
            </TabPanel>
            <TabPanel value="billing">Billing details</TabPanel>
          </Tabs>
        );
      }
      render(<Settings />);
      await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
      await userEvent.click(screen.getByRole('button', { name: 'Go to billing' }));
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(tab('Billing')).toHaveFocus();
    });

    it('also when unselected panels are unmounted', async () => {
      function Settings() {
        const [value, setValue] = useState('general');
        return (
          <Tabs value={value} onValueChange={setValue} keepMounted={false}>
            <TabList aria-label="Settings">
              <Tab value="general">General</Tab>
              <Tab value="billing">Billing</Tab>
            </TabList>
            <TabPanel value="general">
              <DialogTrigger>
                <Button>Change plan</Button>
                <Dialog
                  title="Change plan"
                  footer={<Button onClick={() => setValue('billing')}>Go to billing</Button>}
                >
                  <p>Body</p>
                </Dialog>
              </DialogTrigger>
            </TabPanel>
            <TabPanel value="billing">Billing details</TabPanel>
          </Tabs>
        );
      }
      render(<Settings />);
      await userEvent.click(screen.getByRole('button', { name: 'Change plan' }));
      await userEvent.click(screen.getByRole('button', { name: 'Go to billing' }));
      // The trigger's panel, and with it the open dialog, is gone: focus must not be left on
      // <body>.
      await act(async () => {});
      expect(screen.queryByRole('dialog')).toBeNull();
      expect(tab('Billing')).toHaveFocus();
    });
  });

  describe('native props and refs', () => {
    it('forwards each ref to its element and passes native props, merging class names', () => {
      const root = createRef<HTMLDivElement>();
      const list = createRef<HTMLElement>();
      const first = createRef<HTMLElement>();
      const panel = createRef<HTMLDivElement>();
      render(
        <Tabs ref={root} id="tabs" className="mine" data-testid="root">
          <TabList ref={list} aria-label="T" className="my-list">
            <Tab ref={first} value="a" className="my-tab" title="First">
              A
            </Tab>
          </TabList>
          <TabPanel ref={panel} value="a" className="my-panel" data-x="1">
            Panel
          </TabPanel>
        </Tabs>,
      );
      expect(root.current).toHaveAttribute('id', 'tabs');
      expect(root.current).toHaveClass('cal-tabs', 'mine');
      expect(list.current).toHaveAttribute('role', 'tablist');
      expect(list.current).toHaveClass('my-list');
      expect(first.current).toBe(tab('A'));
      expect(first.current).toHaveClass('cal-tab', 'my-tab');
      expect(first.current).toHaveAttribute('title', 'First');
      expect(panel.current).toHaveClass('cal-tab-panel', 'my-panel');
      expect(panel.current).toHaveAttribute('data-x', '1');
    });

    it('writes no data attributes for its defaults', () => {
      render(<Account />);
      const root = screen.getByRole('tablist').closest('.cal-tabs')!;
      expect(root).not.toHaveAttribute('data-orientation');
      expect(root).not.toHaveAttribute('data-size');
      expect(root).not.toHaveAttribute('data-linked');
    });

    it('writes size and linked when set', () => {
      render(<Account size="sm" />);
      expect(screen.getByRole('tablist').closest('.cal-tabs')).toHaveAttribute('data-size', 'sm');
    });
  });

  describe('given bad input', () => {
    it('reports a tab list without a name', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Tabs>
          <TabList>
            <Tab value="a">A</Tab>
          </TabList>
        </Tabs>,
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('TabList: a tab list needs a name'),
      );
    });

    it('reports a value no enabled tab has, and keeps the first tab reachable', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(<Account value="missing" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('no enabled Tab has the selected value "missing"'),
      );
      await userEvent.tab();
      expect(tab('General')).toHaveFocus();
    });

    it('selects the first enabled tab, silently, when the selected tab of uncontrolled Tabs goes', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const Projects = ({ tabs }: { tabs: string[] }) => (
        <Tabs>
          <TabList aria-label="Projects">
            {tabs.map((name) => (
              <Tab key={name} value={name}>
                {name}
              </Tab>
            ))}
          </TabList>
          {tabs.map((name) => (
            <TabPanel key={name} value={name}>
              {`${name} board`}
            </TabPanel>
          ))}
        </Tabs>
      );
      const { rerender } = render(<Projects tabs={['Apollo', 'Gemini', 'Mercury']} />);
      await userEvent.click(tab('Mercury'));
      rerender(<Projects tabs={['Apollo', 'Gemini']} />);
      expect(tab('Apollo')).toHaveAttribute('aria-selected', 'true');
      expect(tab('Apollo')).toHaveAttribute('tabindex', '0');
      expect(shownPanel()).toHaveTextContent('Apollo board');
      expect(error).not.toHaveBeenCalled();
      // A default that matches no enabled tab is still the caller's mistake.
      render(<Account defaultValue="legacy" />);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('no enabled Tab has the selected value "legacy"'),
      );
    });

    it('hands the Tab order back to the selected tab once the value is valid again', () => {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      const { rerender } = render(<Account value="missing" />);
      rerender(<Account value="team" />);
      expect(tab('Team')).toHaveAttribute('tabindex', '0');
      expect(tab('General')).toHaveAttribute('tabindex', '-1');
    });

    it('reports parts outside Tabs and renders their content plainly', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <div>
          <Tab value="x">Lonely tab</Tab>
          <TabPanel value="x">Lonely panel</TabPanel>
        </div>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Tab: a Tab must be inside'));
      expect(error).toHaveBeenCalledWith(expect.stringContaining('TabPanel: a TabPanel must be'));
      expect(screen.getByText('Lonely tab')).toBeInTheDocument();
      expect(screen.getByText('Lonely panel')).toBeInTheDocument();
    });

    it('reports a Tab without a value', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      render(
        <Tabs defaultValue="a">
          <TabList aria-label="T">
            {/* @ts-expect-error: untyped callers can omit it */}
            <Tab>No value</Tab>
          </TabList>
        </Tabs>,
      );
      expect(error).toHaveBeenCalledWith(expect.stringContaining('Tab: `value` is required'));
    });
  });

  it('renders on the server with the first tab selected and the other panels hidden', () => {
    const html = renderToString(<Account />);
    expect(html).toContain('role="tablist"');
    expect(html).toMatch(/aria-selected="true"[^>]*>General/);
    expect(html).toContain('hidden=""');
    expect(html).toContain('Billing details');
  });
});
