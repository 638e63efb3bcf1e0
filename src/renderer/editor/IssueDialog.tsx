/**
 * Phát hành: the number the register will give (the next of the body's series, or the document's
 * reservation), the date, and what the check still finds. Issuing is refused while anything is
 * missing: an issued document cannot be edited afterwards.
 */
import { useId, useState } from 'react';
import type { ChannelOutput } from '../../shared/ipc/contract';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/model/meeting';
import { formatOfficialDate } from '../../shared/text/vietnamese';
import { DateField } from '../components/fields';
import { FindingsList } from './PreExportDialog';

export type IssuePreview = ChannelOutput<'register:preview'>;

export function IssueDialog(props: {
  kind: DocumentKind;
  preview: IssuePreview;
  busy: boolean;
  onIssue: (relation?: 'correction' | 'replacement') => void;
  /** Another date for the document: the number is previewed again (a new year starts a new series). */
  onDate: (date: string) => void;
  onJump: (path: string) => void;
  onCancel: () => void;
}) {
  const titleId = useId();
  const { preview } = props;
  const label = DOCUMENT_KIND_LABELS[props.kind].toLowerCase();
  const [relation, setRelation] = useState<'correction' | 'replacement'>('correction');
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId}>Phát hành {label}</h2>
        {preview.issued ? (
          <>
            <p>
              Văn bản này đã được phát hành và không sửa được nữa. Có thể phát hành một văn bản đính chính hoặc thay thế
              với số mới <strong>{preview.symbol}</strong>, ghi vào sổ kèm tham chiếu văn bản cũ.
            </p>
            <select
              aria-label="Loại văn bản phát hành lại"
              value={relation}
              onChange={(e) => setRelation(e.target.value as 'correction' | 'replacement')}
            >
              <option value="correction">Đính chính</option>
              <option value="replacement">Thay thế</option>
            </select>
          </>
        ) : (
          <p>
            Số sẽ cấp: <strong aria-label="Số sẽ cấp">{preview.symbol}</strong>, {formatOfficialDate(preview.date)} (sổ{' '}
            {preview.seriesLabel}). Sau khi phát hành, bản Word được giữ nguyên; sửa buổi làm việc không làm thay đổi
            văn bản đã phát hành.
          </p>
        )}
        <DateField label="Ngày văn bản" value={preview.date} onChange={(v) => v && props.onDate(v)} />
        {preview.findings.length > 0 && (
          <>
            <p role="alert">Chưa phát hành được: văn bản còn thiếu {preview.findings.length} mục.</p>
            <FindingsList findings={preview.findings} onJump={props.onJump} />
          </>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            autoFocus
            disabled={props.busy || preview.findings.length > 0}
            onClick={() => props.onIssue(preview.issued ? relation : undefined)}
          >
            {preview.issued ? 'Phát hành văn bản mới' : `Phát hành số ${preview.symbol}`}
          </button>
          <button type="button" onClick={props.onCancel}>
            Hủy
          </button>
        </div>
      </div>
    </div>
  );
}
