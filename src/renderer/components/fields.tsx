/**
 * Plain controlled fields that survive Vietnamese keyboards: the value is updated synchronously in
 * onChange, never rewritten while focused, and no key handler alters text.
 */
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatShortDate, parseClockTime, parseVietnameseDate } from '../../shared/text/vietnamese';
import { formatDocDate, parseDocDate } from '../lib/dates';

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
export function Labeled(props: {
  label: string;
  /** A shorter visible label where the row around the field already says the rest (the full label stays the accessible name). */
  shown?: string;
  className?: string;
  hint?: string;
  /** Shown at the end of the label line (a state badge, a button). */
  aside?: ReactNode;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  const label = (
    // With a shorter visible label, the control carries the full one as its aria-label (see fullName).
    <label htmlFor={id}>{props.shown ?? props.label}</label>
  );
  return (
    <div className={`field${props.className ? ` ${props.className}` : ''}`}>
      {props.aside ? (
        <div className="label-line">
          {label}
          {props.aside}
        </div>
      ) : (
        label
      )}
      {props.children(id)}
      {props.hint && <small className="hint">{props.hint}</small>}
    </div>
  );
}

/** The full label as the control's accessible name, when the visible one is shortened. */
const fullName = (p: { label: string; shown?: string }) => (p.shown === undefined ? undefined : p.label);

interface Base {
  label: string;
  shown?: string;
  className?: string;
  hint?: string;
  /** The meeting field the control edits (`notice.number`): the checks jump to it by this path. */
  field?: string;
}

/** Enter in a one-line field that wraps on screen: no line break (what the keyboard would insert). */
export function noLineBreak(e: KeyboardEvent<HTMLTextAreaElement>): void {
  if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.keyCode !== 229) e.preventDefault();
}

export function TextField(
  props: Base & {
    value: string;
    onChange: (v: string) => void;
    placeholder?: string;
    type?: 'text' | 'number';
    /** One line that wraps and grows downwards instead of cutting its text off. */
    grow?: boolean;
  },
) {
  return (
    <Labeled label={props.label} shown={props.shown} className={props.className} hint={props.hint}>
      {(id) =>
        props.grow ? (
          <textarea
            id={id}
            className="grow"
            rows={1}
            aria-label={fullName(props)}
            value={props.value}
            placeholder={props.placeholder}
            spellCheck={false}
            data-field={props.field}
            onKeyDown={noLineBreak}
            onChange={(e) => props.onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            aria-label={fullName(props)}
            type={props.type ?? 'text'}
            value={props.value}
            placeholder={props.placeholder}
            spellCheck={false}
            data-field={props.field}
            onChange={(e) => props.onChange(e.target.value)}
          />
        )
      }
    </Labeled>
  );
}

/**
 * A field whose text is typed freely and reaches the model only when it reads as a value: the
 * platform's date and time pickers follow the system locale (`02/23/2021`, `08:00 AM` on an English
 * Windows), these always speak Vietnamese. The typed text is never rewritten while focused, nor
 * erased on blur: text that is not a value stays on screen with a message under the field saying
 * what is wrong and what is saved (the last valid value, or nothing). It follows the model when the
 * model changes elsewhere (undo, load).
 */
function FormattedField(
  props: Base & {
    value: string;
    onChange: (v: string) => void;
    format: (value: string) => string;
    parse: (text: string) => string | null;
    placeholder: string;
    /** Why `text` is not a value, in Vietnamese. */
    problem: (text: string) => string;
  },
) {
  const { value, format, parse, onChange } = props;
  const [text, setText] = useState(() => format(value));
  const [focused, setFocused] = useState(false);
  const focusedRef = useRef(false);
  const messageId = useId();
  useEffect(() => {
    if (!focusedRef.current) setText(format(value));
  }, [value, format]);
  const invalid = parse(text) === null;
  // Said once the secretary leaves the field, not at every keystroke of a date being typed.
  const message =
    invalid && !focused
      ? `${props.problem(text)} ${value ? `Đang lưu: ${format(value)}.` : 'Chưa lưu giá trị nào.'}`
      : '';
  return (
    <Labeled
      label={props.label}
      shown={props.shown}
      className={props.className}
      hint={message ? undefined : props.hint}
    >
      {(id) => (
        <>
          <input
            id={id}
            aria-label={fullName(props)}
            type="text"
            inputMode="numeric"
            value={text}
            placeholder={props.placeholder}
            spellCheck={false}
            data-field={props.field}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? messageId : undefined}
            onFocus={() => {
              focusedRef.current = true;
              setFocused(true);
            }}
            onBlur={() => {
              focusedRef.current = false;
              setFocused(false);
              // Tidy a valid value (`5/2/2021` -> `05/02/2021`); an invalid one stays as typed.
              if (!invalid) setText(format(value));
            }}
            onChange={(e) => {
              setText(e.target.value);
              const parsed = parse(e.target.value);
              if (parsed !== null && parsed !== value) onChange(parsed);
            }}
          />
          {message && (
            <small className="field-error" id={messageId}>
              {message}
            </small>
          )}
        </>
      )}
    </Labeled>
  );
}

const identity = (v: string) => v;

/** Why a typed date is not a date: the shape, or a day the calendar does not have. */
export function dateProblem(text: string): string {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (m) return `Ngày ${text.trim()} không có thật.`;
  return 'Nhập ngày dạng ngày/tháng/năm, ví dụ 23/02/2021.';
}

/** Why a typed issue date is not one: a full date that does not exist, or neither form. */
export function docDateProblem(text: string): string {
  if (/^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.test(text)) return `Ngày ${text.trim()} không có thật.`;
  return 'Nhập ngày dạng ngày/tháng/năm (23/02/2021), hoặc tháng/năm (6/2026) khi chưa biết ngày.';
}

/** Why a typed time is not a time. */
export function timeProblem(text: string): string {
  return `Giờ "${text.trim()}" không hợp lệ: nhập giờ:phút (24 giờ), ví dụ 08:00 hoặc 14:30.`;
}

/** A date typed day first (`23/02/2021`); the model holds `2021-02-23`. */
export function DateField(props: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <FormattedField
      {...props}
      format={formatShortDate}
      parse={parseVietnameseDate}
      placeholder="ngày/tháng/năm"
      problem={dateProblem}
    />
  );
}

/**
 * An issue date that may be only partly known: `23/02/2021`, or month and year (`6/2026`, `tháng
 * 6/2026`, `tháng 6 năm 2026`) while the day is not (prints `ngày      tháng 6 năm 2026`).
 */
export function DocDateField(props: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <FormattedField
      {...props}
      format={formatDocDate}
      parse={parseDocDate}
      placeholder="ngày/tháng/năm hoặc tháng/năm"
      problem={docDateProblem}
    />
  );
}

/** A 24-hour time (`08:00`, `8h30`). */
export function TimeField(props: Base & { value: string; onChange: (v: string) => void }) {
  return (
    <FormattedField {...props} format={identity} parse={parseClockTime} placeholder="giờ:phút" problem={timeProblem} />
  );
}

export function TextArea(
  props: Base & {
    value: string;
    onChange: (v: string) => void;
    rows?: number;
    placeholder?: string;
    aside?: ReactNode;
  },
) {
  const target = useContext(SnippetTargetContext);
  const { onChange } = props;
  return (
    <Labeled label={props.label} shown={props.shown} className={props.className} hint={props.hint} aside={props.aside}>
      {(id) => (
        <textarea
          id={id}
          aria-label={fullName(props)}
          value={props.value}
          rows={props.rows ?? 3}
          placeholder={props.placeholder}
          data-field={props.field}
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
    <Labeled label={props.label} shown={props.shown} className={props.className}>
      {(id) => (
        <select
          id={id}
          aria-label={fullName(props)}
          value={props.value}
          data-field={props.field}
          onChange={(e) => props.onChange(e.target.value as V)}
        >
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

export function Checkbox(props: { label: string; shown?: string; checked: boolean; onChange: (v: boolean) => void }) {
  const id = useId();
  return (
    <span className="row">
      <input
        id={id}
        type="checkbox"
        aria-label={fullName(props)}
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={id}>{props.shown ?? props.label}</label>
    </span>
  );
}

export function optionsOf<V extends string>(labels: Record<V, string>): { value: V; label: string }[] {
  return (Object.keys(labels) as V[]).map((value) => ({ value, label: labels[value] }));
}

export function Card(props: {
  title: string;
  id?: string;
  /** The meeting path the whole card edits (`attendeeGroups`), for the checks to jump to. */
  field?: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="card" aria-labelledby={headingId} id={props.id} data-field={props.field}>
      <header>
        <h2 id={headingId}>{props.title}</h2>
        {props.actions && <div className="actions">{props.actions}</div>}
      </header>
      {props.children}
    </section>
  );
}
