// Roving focus and arrow-key navigation inside one widget (Tabs, Accordion). Private: no
// package subpath.
export {
  moveFocus,
  targetIndex,
  type RovingKeyEvent,
  type RovingOptions,
  type RovingOrientation,
} from './moveFocus';
