export { Popover, popoverPlacements, type PopoverPlacement, type PopoverProps } from './Popover';
export { PopoverTrigger, type PopoverTriggerProps } from './PopoverTrigger';
