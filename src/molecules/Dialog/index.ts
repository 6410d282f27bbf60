export { Dialog, type DialogProps, type DialogSize } from './Dialog';
export { DialogTrigger, type DialogTriggerProps } from './DialogTrigger';
