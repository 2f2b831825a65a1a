import { useId, useState, type ReactNode } from 'react';

/**
 * A view's controls, folded behind one button on phones (app.css: under 600 px) and always open
 * on wider screens, where they fit in a row. Folded, the first screen shows the view, not its
 * buttons.
 */
export function Fold({
  label,
  bodyClassName,
  children,
}: {
  /** The button's text, naming what it unfolds ("Map options"). */
  label: string;
  /** Class of the element holding the controls (their own layout). */
  bodyClassName?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="fold" data-open={open ? 'true' : 'false'}>
      <button
        type="button"
        className="fold__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        <span aria-hidden="true" className="fold__chevron">
          ▸
        </span>{' '}
        {label}
      </button>
      <div id={id} className={`fold__body${bodyClassName ? ` ${bodyClassName}` : ''}`}>
        {children}
      </div>
    </div>
  );
}
