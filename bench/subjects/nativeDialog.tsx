import type { ReactNode } from 'react';

/*
 * The platform's modal dialog, shared by plain React's `formDialog` and the harness's
 * `nativeDialogOpen` scenario, which puts each library's own fields in it. Inline styles, no
 * CSS file: plain.css is part of plain React's bundle in every byte case, and this module is
 * also loaded into the other subjects' pages, whose look it must not change. Side-effect-free
 * constants, dropped from the bundles that do not use them.
 */
const dialogStyle = {
  boxSizing: 'border-box',
  inlineSize: 560,
  maxInlineSize: 'calc(100% - 32px)',
  maxBlockSize: 'calc(100% - 32px)',
  padding: 24,
  border: '1px solid #e5e7eb',
  borderRadius: 12,
  color: '#111827',
  backgroundColor: '#fff',
  boxShadow: '0 20px 25px -5px rgb(0 0 0 / 0.1)',
} as const;
const titleStyle = { margin: '0 0 16px', font: '600 20px/28px system-ui, sans-serif' };
const formStyle = { display: 'grid', gap: 16 };
const submitStyle = { justifySelf: 'end' };

/*
 * `showModal()` and `close()` from ref callbacks, which React calls in the commit, where a
 * layout effect would run: no hook, so this module imports nothing from React but JSX.
 */
const showModal = (dialog: HTMLDialogElement | null) => {
  if (dialog && !dialog.open) dialog.showModal();
};
const close = (dialog: HTMLDialogElement | null) => {
  if (dialog?.open) dialog.close();
};

/**
 * A `<dialog>` that stays in the page with its form, opened with `showModal()` (which also
 * moves focus to the first field) and closed with `close()`. No portal, focus or scroll code,
 * no animation: the lower bound a library's Dialog is held to. `fields` are whoever's fields
 * the case compares: plain React's own, or a library's (`nativeDialogOpen`). Called as a
 * function, not rendered as a component, so it adds no component of its own to the tree.
 */
export function nativeFormDialog({
  open,
  onOpenChange,
  title,
  fields,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  fields: ReactNode;
}) {
  return (
    <dialog
      ref={open ? showModal : close}
      style={dialogStyle}
      aria-labelledby="bench-form-title"
      onClose={() => onOpenChange(false)}
    >
      <h2 id="bench-form-title" style={titleStyle}>
        {title}
      </h2>
      <form method="dialog" style={formStyle}>
        {fields}
        <button className="btn" type="submit" style={submitStyle}>
          Save
        </button>
      </form>
    </dialog>
  );
}
