/**
 * Plain controlled fields that survive Vietnamese keyboards: the value is updated synchronously in
 * onChange, never rewritten while focused, and no key handler alters text.
 */
import { createContext, useContext, useId, type ReactNode } from 'react';

/** The textarea the snippet menu inserts into: the last one focused, with its setter. */
export interface SnippetTarget {
  el: HTMLTextAreaElement;
  setValue: (value: string) => void;
}
export const SnippetTargetContext = createContext<{ current: SnippetTarget | null } | null>(null);

/**
 * A label tied to its control by id. (A label wrapping the control would put the control's current
 * value into its accessible name.)
 */
export function Labeled(props: { label: string; className?: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
      {props.hint && <small className="hint">{props.hint}</small>}
    </div>
  );
}

interface Base {
  label: string;
  className?: string;
  hint?: string;
}

export function TextField(
  props: Base & { value: string; onChange: (v: string) => void; placeholder?: string; type?: 'text' | 'date' | 'time' | 'number' },
) {
  return (
    <Labeled label={props.label} className={props.className} hint={props.hint}>
      {(id) => (
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        placeholder={props.placeholder}
        spellCheck={false}
        onChange={(e) => props.onChange(e.target.value)}
      />
      )}
    </Labeled>
  );
}

export function TextArea(props: Base & { value: string; onChange: (v: string) => void; rows?: number; placeholder?: string }) {
  const target = useContext(SnippetTargetContext);
  const { onChange } = props;
  return (
    <Labeled label={props.label} className={props.className} hint={props.hint}>
      {(id) => (
      <textarea
        id={id}
        value={props.value}
        rows={props.rows ?? 3}
        placeholder={props.placeholder}
        onFocus={(e) => {
          if (target) target.current = { el: e.currentTarget, setValue: onChange };
        }}
        onChange={(e) => onChange(e.target.value)}
      />
      )}
    </Labeled>
  );
}

export function SelectField<V extends string>(
  props: Base & { value: V; onChange: (v: V) => void; options: readonly { value: V; label: string }[] },
) {
  return (
    <Labeled label={props.label} className={props.className}>
      {(id) => (
        <select id={id} value={props.value} onChange={(e) => props.onChange(e.target.value as V)}>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Labeled>
  );
}

export function Checkbox(props: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <span className="row">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </span>
  );
}

export function optionsOf<V extends string>(labels: Record<V, string>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export function Card(props: { title: string; id?: string; actions?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={props.id}>
      <header>
        <h2 id={headingId}>{props.title}</h2>
        {props.actions && <div className="actions">{props.actions}</div>}
      </header>
      {props.children}
    </section>
  );
}
