/**
 * A pasted list of attendees shown as the rows it will add, before anything is taken: the pasted
 * text stays editable above its reading, and nothing changes in the meeting until the secretary
 * presses the add button (Enter, where the focus starts) or cancels (Esc).
 */
import { useEffect, useMemo, useRef } from 'react';
import { parseAttendeeList, type PastedPerson } from '../lib/attendeePaste';

export function AttendeePasteReview(props: {
  /** `nhóm 1`: names the controls uniquely on the page. */
  where: string;
  text: string;
  onText: (text: string) => void;
  onAccept: (people: PastedPerson[]) => void;
  onCancel: () => void;
}) {
  const people = useMemo(() => parseAttendeeList(props.text), [props.text]);
  const accept = useRef<HTMLButtonElement>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  // Pasted into a row: the add button takes the focus, so Enter takes the list. Opened empty: the text box does.
  const startsEmpty = useRef(props.text === '');
  useEffect(() => (startsEmpty.current ? textarea.current : accept.current)?.focus(), []);
  return (
    <div
      className="paste-review"
      role="region"
      aria-label={`Xem lại danh sách dán vào ${props.where}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
          e.preventDefault();
          props.onCancel();
        }
      }}
    >
      <label className="field">
        <span>Danh sách dán vào ({props.where})</span>
        <textarea
          ref={textarea}
          rows={3}
          value={props.text}
          placeholder="VD: đồng chí Nguyễn Văn A - Chủ tịch UBND xã; đồng chí Trần Thị B - Phó Chủ tịch UBND xã (hoặc dán các dòng của một bảng Word, Excel)"
          onChange={(e) => props.onText(e.target.value)}
        />
      </label>
      {people.length > 0 ? (
        <table className="paste-table" aria-label={`Những người sẽ thêm vào ${props.where}`}>
          <thead>
            <tr>
              <th>Danh xưng</th>
              <th>Họ tên</th>
              <th>Chức vụ</th>
              <th>Đơn vị</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p, i) => (
              <tr key={i}>
                <td>{p.title}</td>
                <td>{p.name}</td>
                <td>{p.position}</td>
                <td>{p.unit}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="hint">Chưa đọc được người nào: mỗi người một dòng, hoặc cách nhau bằng dấu chấm phẩy.</p>
      )}
      <div className="actions">
        <button
          ref={accept}
          type="button"
          className="primary"
          disabled={people.length === 0}
          onClick={() => props.onAccept(people)}
        >
          Thêm {people.length} người vào {props.where}
        </button>
        <button type="button" onClick={props.onCancel}>
          Hủy <kbd>Esc</kbd>
        </button>
      </div>
    </div>
  );
}
