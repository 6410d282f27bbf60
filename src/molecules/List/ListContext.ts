import { createContext, useContext } from 'react';

export const listSizes = ['sm', 'md'] as const;
export type ListSize = (typeof listSizes)[number];

/** What a selectable List shares with its items. */
export interface ListContextValue {
  selectable: boolean;
  /** The values of the selected items. */
  value: readonly string[];
  setItemSelected: (item: string, selected: boolean) => void;
  /** The checkboxes' `name`, for form submission. */
  name: string | undefined;
  size: ListSize;
}

export const ListContext = createContext<ListContextValue | null>(null);

export const useList = () => useContext(ListContext);
