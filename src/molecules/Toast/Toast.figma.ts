// url=<figma:Toast>
// component=toast
import figma from 'figma';

// Code Connect for the Figma component "Toast". A toast is not placed where it shows: code
// calls toast() where the event happens, and the one <Toaster /> of the app shows it.
const toastInstance = figma.selectedInstance;

const status = toastInstance.getEnum('Status', {
  Info: undefined,
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const options = [
  ...(status === undefined ? [] : [`status: '${status}'`]),
  `title: ${JSON.stringify(toastInstance.getString('Title'))}`,
  ...(toastInstance.getBoolean('Has description')
    ? [`description: ${JSON.stringify(toastInstance.getString('Description'))}`]
    : []),
  ...(toastInstance.getBoolean('Has action')
    ? [
        `action: { label: ${JSON.stringify(toastInstance.getString('Action label'))}, onClick: () => {} }`,
      ]
    : []),
];

export default {
  example: figma.tsx`// Once, near the root of the app, inside its ThemeProvider:
<Toaster />

// Where the event happens:
toast({
  ${options.join(',\n  ')},
});`,
  imports: ["import { toast, Toaster } from 'callicrates'"],
  id: 'Toast',
  metadata: { nestable: false },
};
