// The collection layer: what every list molecule (ListBox, Select; Combobox, Menu, TagGroup
// and Filter next) stands on. Private: no package subpath, no root export.
export {
  createCollection,
  findOption,
  type Collection,
  type CollectionHeading,
  type CollectionItem,
  type CollectionKey,
  type CollectionNode,
  type CollectionOption,
  type CollectionRow,
  type CollectionSection,
} from './collection';
export { enabledFrom, firstEnabled, lastEnabled, navigate } from './navigation';
export { createTypeAhead, isTypeAheadKey, TYPE_AHEAD_TIMEOUT, type TypeAhead } from './typeAhead';
export {
  useSelection,
  type MultipleSelectionProps,
  type MultipleValue,
  type Selection,
  type SelectionProps,
  type SingleSelectionProps,
  type SelectionOptions,
  type SingleValue,
} from './useSelection';
export {
  createActiveStore,
  useActiveDescendant,
  useActiveState,
  useActiveStore,
  type ActiveState,
  type ActiveStore,
} from './activeStore';
export { useVirtualRows, type VirtualRows, type VirtualRowsOptions } from './useVirtualRows';
export {
  OptionList,
  optionId,
  optionListSizes,
  VIRTUALIZE_ABOVE,
  type OptionListHandle,
  type OptionListProps,
  type OptionListSize,
} from './OptionList';
export { optionListClass } from './OptionList.styles';
export { FormValue, useFormReset, type FormValueProps } from './FormValue';
export { LiveStatus } from './LiveStatus';
export { collectionOf, useListController, type ListController } from './useListController';
export {
  useAsyncOptions,
  type AsyncOptions,
  type AsyncStatus,
  type LoadOptions,
  type LoadOptionsContext,
} from './useAsyncOptions';
export { warnAboutValueNotInOptions, warnAboutValueShape } from './warnAboutValueShape';
export { warnAboutOpenWithoutHandler, type ListPopupFieldProps } from './listFieldProps';
export {
  keepFieldFocus,
  useListPopup,
  type ListPopupOptions,
  type ListPopupProps,
} from './useListPopup';
