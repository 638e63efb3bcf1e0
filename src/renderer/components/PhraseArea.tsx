/**
 * A generated phrase, shown in place and editable: while the secretary has not typed over it, the
 * field shows the text the app generates from the facts (and follows them); once edited it keeps
 * exactly what was typed. `Dùng câu tự động` returns it to the generated text.
 */
import { TextArea } from './fields';

export function PhraseArea(props: {
  label: string;
  className?: string;
  rows?: number;
  typed: string | null;
  generated: () => string;
  onChange: (v: string | null) => void;
}) {
  const typed = props.typed;
  return (
    <div className={props.className}>
      <TextArea
        label={props.label}
        rows={props.rows}
        hint={
          typed === null
            ? 'Câu tự động theo thông tin buổi làm việc; sửa để dùng câu của bạn.'
            : 'Câu bạn đã sửa, in đúng như gõ.'
        }
        value={typed ?? props.generated()}
        onChange={(v) => props.onChange(v)}
      />
      {typed !== null && (
        <button type="button" onClick={() => props.onChange(null)}>
          Dùng câu tự động ({props.label.toLowerCase()})
        </button>
      )}
    </div>
  );
}
