import { createContext, useContext } from 'react';

/** Steps in a row, or in a column. */
export const stepperOrientations = ['horizontal', 'vertical'] as const;
export type StepperOrientation = (typeof stepperOrientations)[number];

/** The statuses a step can have, written once for types, styles and stories. */
export const stepStatuses = ['pending', 'current', 'done', 'warning', 'error'] as const;
export type StepStatus = (typeof stepStatuses)[number];

/** Whether a Step sits in a Stepper (the Stepper draws the numbers and connectors). */
export const StepperContext = createContext(false);
export const useInStepper = () => useContext(StepperContext);
