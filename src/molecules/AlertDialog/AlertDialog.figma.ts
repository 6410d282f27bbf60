// url=<figma:AlertDialog>
// component=AlertDialog
import figma from 'figma';

// Code Connect for the Figma component "Alert dialog": a confirmation before an action that
// cannot be undone. The design shows it open; the snippet opens it from a DialogTrigger around
// a Button that says the action, and leaves `onConfirm` for the developer to write.
const alert = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = alert.getEnum('Variant', { Primary: undefined, Danger: 'danger' });
const confirmLabel = alert.getString('Confirm label');
const description = alert.getBoolean('Has description')
  ? alert.getString('Description')
  : undefined;

export default {
  example: figma.tsx`<DialogTrigger>
  <Button${renderProp('variant', variant)}>${confirmLabel}</Button>
  <AlertDialog${renderProp('title', alert.getString('Title')) || ' title=""'}${renderProp('description', description)}${renderProp('confirmLabel', confirmLabel) || ' confirmLabel=""'}${renderProp('cancelLabel', alert.getString('Cancel label'))}${renderProp('variant', variant)} />
</DialogTrigger>`,
  imports: ["import { AlertDialog, Button, DialogTrigger } from 'callicrates'"],
  id: 'AlertDialog',
  metadata: { nestable: false },
};
