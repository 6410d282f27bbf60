export { Tabs, type TabsProps } from './Tabs';
export { TabList, type TabListProps } from './TabList';
export { Tab, type TabProps } from './Tab';
export { TabPanel, type TabPanelProps } from './TabPanel';
export type { TabsActivation, TabsOrientation, TabsSize } from './TabsContext';
export { TabListWithMore, type TabListWithMoreProps } from './TabListWithMore';
