/** A modal dialog over the screen: Esc closes it (the caller puts focus back where it belongs). */
import type { ReactNode } from 'react';

export function ModalDialog(props: {
  /** Id of the heading that names the dialog. */
  labelledBy: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <div
      className="dialog-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <div
        className={props.className ? `dialog ${props.className}` : 'dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.labelledBy}
      >
        {props.children}
      </div>
    </div>
  );
}
