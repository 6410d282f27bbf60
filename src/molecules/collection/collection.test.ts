import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetDevErrors } from '../../utils';
import { createCollection, findOption, type CollectionItem } from './collection';

afterEach(() => {
  resetDevErrors();
  vi.restoreAllMocks();
});

describe('createCollection', () => {
  describe('given bare values, options and sections', () => {
    const collection = createCollection<string | number>(
      [
        'Athens',
        { value: 2, label: 'Sparta', description: 'Laconia' },
        {
          label: 'Islands',
          options: [{ value: 'crete', label: 'Crete', disabled: true }, 'Rhodes'],
        },
        { value: 'delphi', label: 'Delphi', textValue: 'Pytho' },
      ],
      'Test',
    );

    it('lists the options in display order with their index, row and section', () => {
      expect(
        collection.options.map((node) => [node.value, node.index, node.row, node.section]),
      ).toEqual([
        ['Athens', 0, 0, -1],
        [2, 1, 1, -1],
        ['crete', 2, 3, 0],
        ['Rhodes', 3, 4, 0],
        ['delphi', 4, 5, -1],
      ]);
    });

    it('puts the section heading in its own row before its options', () => {
      expect(
        collection.rows.map((row) =>
          row.kind === 'heading' ? `# ${row.heading.label}` : row.node.label,
        ),
      ).toEqual(['Athens', 'Sparta', '# Islands', 'Crete', 'Rhodes', 'Delphi']);
      expect(collection.sections).toEqual([{ label: 'Islands', index: 0, row: 2 }]);
    });

    it('normalises labels, descriptions, disabled and text values', () => {
      expect(collection.get('Athens')).toMatchObject({
        label: 'Athens',
        textValue: 'Athens',
        disabled: false,
      });
      expect(collection.get(2)).toMatchObject({ label: 'Sparta', description: 'Laconia' });
      expect(collection.get('crete')?.disabled).toBe(true);
      expect(collection.get('delphi')?.textValue).toBe('Pytho');
    });

    it('looks values up by identity: the number 2 and the string "2" are different options', () => {
      expect(collection.get(2)?.label).toBe('Sparta');
      expect(collection.get('2')).toBeUndefined();
      expect(collection.get(null)).toBeUndefined();
    });
  });

  describe('given bad input', () => {
    it('leaves out a duplicate value and an option without a usable value, and says why', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const collection = createCollection<string | number>(
        [
          { value: 'a', label: 'First' },
          { value: 'a', label: 'Second' },
          { value: undefined as unknown as string, label: 'No value' },
          { value: Number.NaN, label: 'NaN' },
          'b',
        ],
        'Picker',
      );
      expect(collection.options.map((node) => node.label)).toEqual(['First', 'b']);
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining('[Callicrates] Picker: two options have the value "a"'),
      );
      expect(error).toHaveBeenCalledWith(
        expect.stringContaining(
          'an option needs a `value` that is a string or a number; got undefined',
        ),
      );
    });

    it('reports a section without a label and keeps its options', () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      const collection = createCollection<string | number>(
        [{ label: '', options: ['x'] }],
        'Picker',
      );
      expect(collection.options).toHaveLength(1);
      expect(error).toHaveBeenCalledWith(expect.stringContaining('a section needs a `label`'));
    });
  });
});

describe('findOption', () => {
  it('finds an option by value in sections and bare values without building the collection', () => {
    const items: CollectionItem<string | number>[] = [
      'x',
      { label: 'G', options: [{ value: 7, label: 'Seven' }] },
    ];
    expect(findOption(items, 7)).toEqual({ value: 7, label: 'Seven' });
    expect(findOption(items, 'x')).toEqual({ value: 'x', label: 'x' });
    expect(findOption(items, 'nope')).toBeUndefined();
  });
});
