/** Issuance of each document: number, date, signers, recipients (with lists from settings), archive, status. */
import { useState } from 'react';
import type { RecipientList } from '../../shared/model/library';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type Meeting } from '../../shared/model/meeting';
import { Card, DateField, SelectField, TextArea, TextField, Labeled } from '../components/fields';
import { RecipientsEditor } from '../components/RecipientsEditor';
import { SignersEditor } from '../components/SignersEditor';
import { sectionOf, type SectionProps } from './types';

const STATUS_OPTIONS = [
  { value: 'draft', label: 'Nháp' },
  { value: 'issued', label: 'Đã ban hành' },
] as const;

function DocumentIssue({
  m,
  edit,
  kind,
  lists,
}: SectionProps & { kind: DocumentKind; lists: readonly RecipientList[] }) {
  const doc = m[kind];
  const name = DOCUMENT_KIND_LABELS[kind];
  const [listId, setListId] = useState('');
  const set = <K extends keyof Meeting[typeof kind]>(field: K, v: Meeting[typeof kind][K]) =>
    edit(`${kind}.${String(field)}`, (d) => void ((d[kind] as Meeting[typeof kind])[field] = v));
  return (
    <div className="item">
      <h3>{name}</h3>
      <div className="grid">
        <TextField
          label={`Số ${name.toLowerCase()}`}
          placeholder="để trống nếu chưa cấp số"
          field={`${kind}.number`}
          value={doc.number}
          onChange={(v) => set('number', v)}
        />
        <DateField
          label={`Ngày ban hành ${name.toLowerCase()}`}
          field={`${kind}.date`}
          value={doc.date}
          onChange={(v) => set('date', v)}
        />
        <SelectField<'draft' | 'issued'>
          label={`Trạng thái ${name.toLowerCase()}`}
          value={doc.status}
          options={STATUS_OPTIONS}
          onChange={(v) => set('status', v)}
        />
        {kind === 'notice' && (
          <TextField
            className="wide"
            label="Đơn vị thông báo"
            placeholder="VD: Văn phòng Ban Tổ chức Thành ủy"
            value={m.notice.issuedBy}
            onChange={(v) => edit('notice.issuedBy', (d) => void (d.notice.issuedBy = v))}
          />
        )}
      </div>
      <h4>Người ký</h4>
      <SignersEditor
        prefix={name}
        field={`${kind}.signers`}
        signers={doc.signers}
        onChange={(key, next) => edit(key, (d) => void (d[kind].signers = next))}
      />
      <h4>Nơi nhận</h4>
      <div className="row">
        <Labeled label={`Danh sách nơi nhận có sẵn (${name})`}>
          {(id) => (
            <select id={id} value={listId} onChange={(e) => setListId(e.target.value)}>
              <option value="">— Chọn danh sách —</option>
              {lists.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <button
          type="button"
          disabled={!listId}
          onClick={() => {
            const l = lists.find((x) => x.id === listId);
            if (!l) return;
            edit('', (d) => {
              d[kind].recipients = [...d[kind].recipients, ...l.recipients.map((r) => ({ ...r }))];
              if (!d[kind].archive && l.archive) d[kind].archive = l.archive;
            });
          }}
        >
          Chèn danh sách ({name})
        </button>
      </div>
      <RecipientsEditor
        prefix={name}
        field={`${kind}.recipients`}
        recipients={doc.recipients}
        onChange={(key, next) => edit(key, (d) => void (d[kind].recipients = next))}
      />
      <div className="grid">
        <TextField
          className="wide"
          label={`Lưu (${name})`}
          placeholder="VD: VT, Hồ sơ"
          value={doc.archive}
          onChange={(v) => set('archive', v)}
        />
        <TextArea
          className="wide"
          label={`Câu kết (${name}, để trống dùng câu chuẩn)`}
          rows={2}
          value={doc.closing}
          onChange={(v) => set('closing', v)}
        />
        {kind === 'notice' && (
          <>
            <TextArea
              className="wide"
              label="Đoạn mở đầu (để trống để tự tạo)"
              rows={3}
              value={m.notice.openingOverride}
              onChange={(v) => edit('notice.openingOverride', (d) => void (d.notice.openingOverride = v))}
            />
            <TextArea
              className="wide"
              label="Câu dẫn kết luận (để trống để tự tạo)"
              rows={2}
              value={m.notice.leadInOverride}
              onChange={(v) => edit('notice.leadInOverride', (d) => void (d.notice.leadInOverride = v))}
            />
          </>
        )}
      </div>
    </div>
  );
}

function IssuanceSectionView(props: SectionProps & { lists: readonly RecipientList[] }) {
  return (
    <Card title="Ban hành văn bản" id="sec-issuance">
      <DocumentIssue {...props} kind="notice" />
      <DocumentIssue {...props} kind="minutes" />
    </Card>
  );
}

export const IssuanceSection = sectionOf(IssuanceSectionView, ['notice', 'minutes']);
