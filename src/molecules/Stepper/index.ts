export { Stepper, type StepperProps } from './Stepper';
export { Step, type StepProps } from './Step';
export { stepStatuses, type StepperOrientation, type StepStatus } from './StepperContext';
