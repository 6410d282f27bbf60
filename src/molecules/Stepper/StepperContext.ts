import { createContext, useContext } from 'react';

export type StepperOrientation = 'horizontal' | 'vertical';

/** The statuses a step can have, written once for types, styles and stories. */
export const stepStatuses = ['pending', 'current', 'done', 'warning', 'error'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Whether a Step sits in a Stepper (the Stepper draws the numbers and connectors). */
export const StepperContext = createContext(false);
export const useInStepper = () => useContext(StepperContext);
