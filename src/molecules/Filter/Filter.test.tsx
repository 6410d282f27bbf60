import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { Dialog } from '../Dialog';
import { Filter, type FilterItem } from './index';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const statuses: FilterItem<string>[] = [
  { value: 'open', label: 'Open' },
  { value: 'review', label: 'In review' },
  { value: 'blocked', label: 'Blocked', disabled: true },
  { value: 'done', label: 'Done' },
];

const many = Array.from({ length: 1000 }, (_, index) => ({
  value: index + 1,
  label: `Owner ${String(index + 1).padStart(4, '0')}`,
}));

const pill = (name: RegExp | string = /Status/) => screen.getByRole('button', { name });
const listbox = () => screen.getByRole('listbox');
const option = (name: string) => screen.getByRole('option', { name });
const activeOf = (element: HTMLElement) => {
  const id = element.getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('Filter', () => {
  it('is a pill button that opens a dialog named by its label', async () => {
    render(<Filter label="Status" options={statuses} />);
    expect(pill()).toHaveAttribute('aria-haspopup', 'dialog');
    expect(pill()).toHaveAttribute('aria-expanded', 'false');
    expect(pill()).toHaveAccessibleName('Status');
    await userEvent.click(pill());
    expect(screen.getByRole('dialog', { name: 'Status' })).toContainElement(listbox());
    expect(pill()).toHaveAttribute('aria-expanded', 'true');
    expect(listbox()).toHaveFocus();
  });

  it('shows the applied value in the pill: one label, or "Label: first +2"', () => {
    const { rerender } = render(<Filter label="Status" options={statuses} value="review" />);
    expect(pill()).toHaveAccessibleName('Status: In review');
    expect(pill().closest('.cal-filter')).toHaveAttribute('data-applied');
    rerender(
      <Filter label="Status" options={statuses} multiple value={['done', 'open', 'review']} />,
    );
    expect(pill()).toHaveAccessibleName('Status: Done +2');
    rerender(
      <Filter
        label="Status"
        options={statuses}
        multiple
        value={['done', 'open']}
        moreLabel={(count) => `and ${count} more`}
      />,
    );
    expect(pill()).toHaveAccessibleName('Status: Done and 1 more');
  });

  describe('with the mouse', () => {
    it('chooses one option, closes and returns focus to the pill (single)', async () => {
      const onValueChange = vi.fn();
      render(<Filter label="Status" options={statuses} onValueChange={onValueChange} />);
      await userEvent.click(pill());
      await userEvent.click(option('In review'));
      expect(onValueChange).toHaveBeenCalledWith('review');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(pill()).toHaveFocus();
      expect(pill()).toHaveAccessibleName('Status: In review');
    });

    it('toggles options, selects all but disabled ones, and clears (multiple)', async () => {
      const onValueChange = vi.fn();
      render(
        <Filter
          label="Status"
          options={statuses}
          multiple
          defaultValue={['blocked']}
          onValueChange={onValueChange}
        />,
      );
      await userEvent.click(pill());
      await userEvent.click(option('Open'));
      expect(onValueChange).toHaveBeenLastCalledWith(['blocked', 'open']);
      expect(listbox()).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
      expect(onValueChange).toHaveBeenLastCalledWith(['blocked', 'open', 'review', 'done']);
      expect(screen.getByRole('button', { name: 'Select all' })).toBeDisabled();
      await userEvent.click(screen.getByRole('button', { name: 'Clear' }));
      // The disabled option keeps its state: the user cannot change it.
      expect(onValueChange).toHaveBeenLastCalledWith(['blocked']);
      expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
      await userEvent.click(option('Blocked'));
      expect(onValueChange).toHaveBeenCalledTimes(3);
    });

    it('removes an added filter with its remove button', async () => {
      const onRemove = vi.fn();
      render(<Filter label="Owner" options={statuses} filterType="added" onRemove={onRemove} />);
      await userEvent.click(screen.getByRole('button', { name: 'Remove filter Owner' }));
      expect(onRemove).toHaveBeenCalledTimes(1);
      expect(pill('Owner').closest('.cal-filter')).toHaveAttribute('data-filter-type', 'added');
    });

    it('closes on a press outside and on a second press of the pill', async () => {
      render(
        <>
          <Filter label="Status" options={statuses} />
          <p>Outside</p>
        </>,
      );
      await userEvent.click(pill());
      await userEvent.click(screen.getByText('Outside'));
      expect(screen.queryByRole('listbox')).toBeNull();
      await userEvent.click(pill());
      await userEvent.click(pill());
      expect(screen.queryByRole('listbox')).toBeNull();
    });
  });

  describe('with the keyboard', () => {
    it('opens with Enter, moves with the arrows and Home/End skipping disabled options, chooses with Space', async () => {
      render(<Filter label="Status" options={statuses} multiple />);
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      expect(listbox()).toHaveFocus();
      expect(activeOf(listbox())).toHaveTextContent('Open');
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      expect(activeOf(listbox())).toHaveTextContent('Done');
      await userEvent.keyboard('{Home}');
      expect(activeOf(listbox())).toHaveTextContent('Open');
      await userEvent.keyboard('{End} ');
      expect(option('Done')).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{Shift>}{ArrowUp}{/Shift}');
      expect(option('In review')).toHaveAttribute('aria-selected', 'true');
      await userEvent.keyboard('{Control>}a{/Control}');
      expect(option('Open')).toHaveAttribute('aria-selected', 'true');
      expect(option('Blocked')).toHaveAttribute('aria-selected', 'false');
      await userEvent.keyboard('{Control>}a{/Control}');
      expect(option('Open')).toHaveAttribute('aria-selected', 'false');
      // Type-ahead.
      await userEvent.keyboard('i');
      expect(activeOf(listbox())).toHaveTextContent('In review');
    });

    it('chooses with Enter and closes (single), and Escape closes without choosing', async () => {
      const onValueChange = vi.fn();
      render(<Filter label="Status" options={statuses} onValueChange={onValueChange} />);
      await userEvent.tab();
      await userEvent.keyboard(' ');
      await userEvent.keyboard('{ArrowDown}{Escape}');
      expect(screen.queryByRole('listbox')).toBeNull();
      expect(onValueChange).not.toHaveBeenCalled();
      expect(pill()).toHaveFocus();
      await userEvent.keyboard('{Enter}{ArrowDown}{Enter}');
      expect(onValueChange).toHaveBeenCalledWith('review');
      expect(pill()).toHaveFocus();
      // Reopened, the chosen option is the active one.
      await userEvent.keyboard('{Enter}');
      expect(activeOf(listbox())).toHaveTextContent('In review');
    });
  });

  describe('with a search input (long lists)', () => {
    it('narrows the options as you type, focus staying in the input (APG combobox)', async () => {
      const onValueChange = vi.fn();
      render(<Filter label="Owner" options={many} multiple onValueChange={onValueChange} />);
      await userEvent.click(pill('Owner'));
      const search = screen.getByRole('combobox', { name: 'Search options' });
      expect(search).toHaveFocus();
      expect(search).toHaveAttribute('aria-controls', listbox().id);
      // A virtual window: far fewer option elements than options.
      expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(60);
      await userEvent.type(search, '099');
      expect(screen.getAllByRole('option').map((node) => node.textContent)).toEqual([
        'Owner 0099',
        'Owner 0990',
        'Owner 0991',
        'Owner 0992',
        'Owner 0993',
        'Owner 0994',
        'Owner 0995',
        'Owner 0996',
        'Owner 0997',
        'Owner 0998',
        'Owner 0999',
      ]);
      expect(activeOf(search)).toHaveTextContent('Owner 0099');
      await userEvent.keyboard('{ArrowDown}{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith([990]);
      expect(search).toHaveFocus();
      // Select all takes the matches only.
      await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
      expect(onValueChange.mock.lastCall?.[0]).toHaveLength(11);
      await userEvent.clear(search);
      await userEvent.type(search, 'nobody');
      expect(screen.getByText('No matches')).toBeInTheDocument();
    });

    it('follows `searchable` over the option count', async () => {
      render(<Filter label="Status" options={statuses} searchable />);
      await userEvent.click(pill());
      expect(screen.getByRole('combobox')).toHaveFocus();
    });
  });

  it('closes alone inside a Dialog on Escape', async () => {
    const onDialogOpenChange = vi.fn();
    render(
      <Dialog title="Report" open onOpenChange={onDialogOpenChange}>
        <Filter label="Status" options={statuses} />
      </Dialog>,
    );
    await userEvent.click(pill());
    expect(screen.getByRole('dialog', { name: 'Report' })).toContainElement(listbox());
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onDialogOpenChange).not.toHaveBeenCalled();
  });

  describe('in a native form', () => {
    it('submits under its name, one entry per value, and returns to the default on reset', async () => {
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Filter label="Status" options={statuses} name="status" defaultValue="open" />
          <Filter label="Stage" options={statuses} name="stage" multiple />
          <button type="submit">Send</button>
          <button type="reset">Reset</button>
        </form>,
      );
      await userEvent.click(pill(/Status/));
      await userEvent.click(option('Done'));
      await userEvent.click(pill(/Stage/));
      await userEvent.click(option('Open'));
      await userEvent.click(option('In review'));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('status')).toBe('done');
      expect(submitted?.getAll('stage')).toEqual(['open', 'review']);
      await userEvent.click(screen.getByRole('button', { name: 'Reset' }));
      await vi.waitFor(() => expect(pill(/Status/)).toHaveAccessibleName('Status: Open'));
      expect(pill(/Stage/)).toHaveAccessibleName('Stage');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.get('status')).toBe('open');
      expect(submitted?.has('stage')).toBe(false);
    });

    // The collection layer's rule (useSelection): a reset is not the user's choice, so the
    // uncontrolled value goes back to its default without `onValueChange`.
    it('returns to the default on form.reset() without calling onValueChange', async () => {
      const onStatusChange = vi.fn();
      const onStageChange = vi.fn();
      let submitted: FormData | undefined;
      render(
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submitted = new FormData(event.currentTarget);
          }}
        >
          <Filter
            label="Status"
            options={statuses}
            name="status"
            defaultValue="open"
            onValueChange={onStatusChange}
          />
          <Filter
            label="Stage"
            options={statuses}
            name="stage"
            multiple
            defaultValue={['review']}
            onValueChange={onStageChange}
          />
          <button type="submit">Send</button>
        </form>,
      );
      const form = pill(/Status/).closest('form')!;
      await userEvent.click(pill(/Status/));
      await userEvent.click(option('Done'));
      await userEvent.click(pill(/Stage/));
      await userEvent.click(option('Open'));
      await userEvent.keyboard('{Escape}');
      expect(onStatusChange).toHaveBeenLastCalledWith('done');
      expect(onStageChange).toHaveBeenLastCalledWith(['review', 'open']);
      expect(pill(/Status/)).toHaveAccessibleName('Status: Done');
      expect(pill(/Stage/)).toHaveAccessibleName('Stage: In review +1');
      onStatusChange.mockClear();
      onStageChange.mockClear();

      act(() => form.reset());
      await vi.waitFor(() => expect(pill(/Status/)).toHaveAccessibleName('Status: Open'));
      expect(pill(/Stage/)).toHaveAccessibleName('Stage: In review');
      expect(onStatusChange).not.toHaveBeenCalled();
      expect(onStageChange).not.toHaveBeenCalled();
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(submitted?.getAll('status')).toEqual(['open']);
      expect(submitted?.getAll('stage')).toEqual(['review']);
    });

    it('works with a react-hook-form Controller', async () => {
      const onValid = vi.fn();
      function Form() {
        const { control, handleSubmit, reset } = useForm<{ status: string[] }>({
          defaultValues: { status: ['review'] },
        });
        return (
          <form onSubmit={handleSubmit(onValid)}>
            <Controller
              name="status"
              control={control}
              render={({ field }) => (
                <Filter
                  label="Status"
                  options={statuses}
                  multiple
                  value={field.value}
                  onValueChange={field.onChange}
                  onBlur={field.onBlur}
                  ref={field.ref}
                />
              )}
            />
            <button type="submit">Send</button>
            <button type="button" onClick={() => reset({ status: [] })}>
              Empty
            </button>
          </form>
        );
      }
      render(<Form />);
      await userEvent.click(pill());
      await userEvent.click(option('Open'));
      await userEvent.keyboard('{Escape}');
      await userEvent.click(screen.getByRole('button', { name: 'Send' }));
      expect(onValid.mock.lastCall?.[0]).toEqual({ status: ['review', 'open'] });
      await userEvent.click(screen.getByRole('button', { name: 'Empty' }));
      expect(pill()).toHaveAccessibleName('Status');
    });
  });

  it('keeps a controlled open state and a numeric value', async () => {
    function Controlled() {
      const [open, setOpen] = useState(true);
      const [value, setValue] = useState<number | null>(2);
      return (
        <>
          <Filter<number>
            label="Priority"
            options={[1, 2, 3]}
            open={open}
            onOpenChange={setOpen}
            value={value}
            onValueChange={setValue}
          />
          <output>{JSON.stringify(value)}</output>
        </>
      );
    }
    render(<Controlled />);
    expect(option('2')).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(option('3'));
    expect(screen.getByRole('status')).toHaveTextContent('3');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('cannot be opened when disabled, and submits nothing', async () => {
    render(
      <form>
        <Filter label="Status" options={statuses} disabled name="status" defaultValue="open" />
      </form>,
    );
    expect(pill()).toBeDisabled();
    await userEvent.click(pill());
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(document.querySelector('input[name="status"]')).toBeNull();
  });

  it('forwards the ref to the pill button and passes native props through', () => {
    const ref = createRef<HTMLButtonElement>();
    render(<Filter ref={ref} label="Status" options={statuses} data-testid="pill" />);
    expect(ref.current).toBe(pill());
    expect(pill()).toHaveAttribute('data-testid', 'pill');
  });

  it('reports bad input and still renders', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <>
        {/* @ts-expect-error — no label, options not an array */}
        <Filter options="nope" />
        <Filter label="Owner" options={statuses} filterType="added" value="ghost" />
      </>,
    );
    const messages = error.mock.calls.map((call) => String(call[0])).join('\n');
    expect(messages).toContain('`label` is required');
    expect(messages).toContain('`options` must be an array');
    expect(messages).toContain('needs `onRemove`');
    expect(messages).toContain('"ghost" is not among the options');
    expect(pill(/^Owner/)).toHaveAccessibleName('Owner: ghost');
  });

  describe('async options (loadOptions, as Combobox)', () => {
    const labels = () =>
      screen
        .queryAllByRole('option')
        .map((element) => element.querySelector('[data-part="label"]')?.textContent);
    const liveRegion = () => screen.getByRole('status');

    it('searches through loadOptions after the debounce, aborting stale requests', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const signals: AbortSignal[] = [];
      const loadOptions = vi.fn((query: string, { signal }: { signal: AbortSignal }) => {
        signals.push(signal);
        return Promise.resolve([
          { value: `${query}-1`, label: `${query || 'all'} one` },
          { value: `${query}-2`, label: `${query || 'all'} two` },
        ]);
      });
      const onValueChange = vi.fn();
      render(
        <Filter
          label="Owner"
          options={[]}
          multiple
          loadOptions={loadOptions}
          debounce={400}
          onValueChange={onValueChange}
        />,
      );
      // In the page before anything opens, so the first message is read.
      expect(liveRegion()).toBeEmptyDOMElement();
      await user.click(pill(/Owner/));
      const search = screen.getByRole('combobox', { name: 'Search options' });
      expect(search).toHaveFocus();
      expect(liveRegion()).toHaveTextContent('Loading…');
      expect(listbox()).toHaveAttribute('aria-busy', 'true');
      expect(loadOptions).not.toHaveBeenCalled();
      await act(() => vi.advanceTimersByTimeAsync(400));
      expect(loadOptions).toHaveBeenLastCalledWith('', { signal: expect.any(AbortSignal) });
      expect(labels()).toEqual(['all one', 'all two']);
      expect(activeOf(search)).toHaveTextContent('all one');
      expect(liveRegion()).toBeEmptyDOMElement();

      // A slow answer to an older search never lands: the newer one aborts it.
      let resolveSlow: (items: { value: string; label: string }[]) => void = () => {};
      loadOptions.mockImplementationOnce((_query, { signal }) => {
        signals.push(signal);
        return new Promise((resolve) => {
          resolveSlow = resolve;
        });
      });
      await user.type(search, 'an');
      await act(() => vi.advanceTimersByTimeAsync(400));
      const slow = signals.at(-1)!;
      await user.type(search, 'n');
      expect(slow.aborted).toBe(true);
      await act(() => vi.advanceTimersByTimeAsync(400));
      expect(loadOptions).toHaveBeenLastCalledWith('ann', { signal: expect.any(AbortSignal) });
      resolveSlow([{ value: 'stale', label: 'stale' }]);
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(labels()).toEqual(['ann one', 'ann two']);
      expect(activeOf(search)).toHaveTextContent('ann one');

      // A loaded option chosen keeps its label in the pill after the popover closes.
      await user.keyboard('{Enter}');
      expect(onValueChange).toHaveBeenLastCalledWith(['ann-1']);
      await user.keyboard('{Escape}');
      expect(pill(/Owner/)).toHaveAccessibleName('Owner: ann one');
      expect(liveRegion()).toBeEmptyDOMElement();
    });

    it('shows and announces a failure, and no match', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      const loadOptions = vi.fn((query: string) =>
        query === 'down'
          ? Promise.reject(new Error('offline'))
          : Promise.resolve(query === 'zz' ? [] : ['Ada', 'Grace']),
      );
      render(
        <Filter
          label="Owner"
          options={[]}
          loadOptions={loadOptions}
          loadErrorLabel="Owners could not load"
        />,
      );
      await user.click(pill(/Owner/));
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(labels()).toEqual(['Ada', 'Grace']);
      const search = screen.getByRole('combobox', { name: 'Search options' });
      await user.type(search, 'down');
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(liveRegion()).toHaveTextContent('Owners could not load');
      expect(document.querySelector('[data-status="error"]')).toHaveTextContent(
        'Owners could not load',
      );
      await user.clear(search);
      await user.type(search, 'zz');
      await act(() => vi.advanceTimersByTimeAsync(250));
      expect(labels()).toEqual([]);
      expect(liveRegion()).toHaveTextContent('No matches');
    });

    it('leaves a filter without loadOptions as it was: no live region, local search', async () => {
      render(<Filter label="Status" options={statuses} searchable />);
      expect(screen.queryByRole('status')).toBeNull();
      await userEvent.click(pill());
      await userEvent.type(screen.getByRole('combobox', { name: 'Search options' }), 'do');
      expect(labels()).toEqual(['Done']);
    });
  });
});
