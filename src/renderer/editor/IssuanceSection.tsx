/** Issuance of each document: number, date, signers, recipients (with lists from settings), archive, status. */
import { useState } from 'react';
import type { RecipientList } from '../../shared/model/library';
import { DOCUMENT_KIND_LABELS, type DocumentKind, type Meeting } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { Card, DocDateField, SelectField, TextArea, TextField, Labeled } from '../components/fields';
import { RecipientsEditor } from '../components/RecipientsEditor';
import { SignersEditor } from '../components/SignersEditor';
import { PhraseArea } from '../components/PhraseArea';
import { editorProfile } from '../lib/editorProfile';
import {
  generatedConclusionsHeading,
  generatedLeadIn,
  generatedMinutesClosing,
  generatedNoticeClosing,
  generatedNoticeSummary,
  generatedOpening,
} from '../../shared/layout/generated';
import { sectionOf, type SectionProps } from './types';

const STATUS_OPTIONS = [
  { value: 'draft', label: 'Nháp' },
  { value: 'issued', label: 'Đã ban hành' },
] as const;

type IssuanceProps = SectionProps & {
  lists: readonly RecipientList[];
  profiles: readonly FormatProfile[];
  /** Keep this document's signers, recipients and archive line for the office's next meetings. */
  onMakeDefault?: (kind: DocumentKind) => void;
};

function DocumentIssue({ m, edit, kind, lists, profiles, onMakeDefault }: IssuanceProps & { kind: DocumentKind }) {
  const doc = m[kind];
  const name = DOCUMENT_KIND_LABELS[kind];
  const [listId, setListId] = useState('');
  const set = <K extends keyof Meeting[typeof kind]>(field: K, v: Meeting[typeof kind][K]) =>
    edit(`${kind}.${String(field)}`, (d) => void ((d[kind] as Meeting[typeof kind])[field] = v));
  return (
    <div className="item">
      <div className="item-head">
        <h3 className="title">{name}</h3>
        {onMakeDefault && (
          <button
            type="button"
            className="small"
            aria-label={`Dùng người ký, nơi nhận và nơi lưu của ${name.toLowerCase()} này cho các buổi sau`}
            title="Các buổi làm việc tạo sau sẽ bắt đầu với người ký, nơi nhận và nơi lưu này (đổi trong Cài đặt)"
            onClick={() => onMakeDefault(kind)}
          >
            Dùng cho các buổi sau
          </button>
        )}
      </div>
      <div className="grid">
        <TextField
          label={`Số ${name.toLowerCase()}`}
          shown="Số"
          placeholder="để trống nếu chưa cấp số"
          field={`${kind}.number`}
          value={doc.number}
          onChange={(v) => set('number', v)}
        />
        <DocDateField
          label={`Ngày ban hành ${name.toLowerCase()}`}
          shown="Ngày ban hành"
          field={`${kind}.date`}
          hint="Chưa biết ngày: gõ tháng/năm (6/2026), in “ngày    tháng 6 năm 2026”."
          value={doc.date}
          onChange={(v) => set('date', v)}
        />
        <SelectField<'draft' | 'issued'>
          label={`Trạng thái ${name.toLowerCase()}`}
          shown="Trạng thái"
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
      <h4>{kind === 'minutes' ? 'Chữ ký (in hai khối một hàng, theo thứ tự dưới đây)' : 'Người ký'}</h4>
      <SignersEditor
        columns={kind === 'minutes' ? 2 : 1}
        prefix={name}
        field={`${kind}.signers`}
        signers={doc.signers}
        onChange={(key, next) => edit(key, (d) => void (d[kind].signers = next))}
      />
      <h4>Nơi nhận</h4>
      <div className="row">
        <Labeled label={`Danh sách nơi nhận có sẵn (${name})`} shown="Danh sách nơi nhận có sẵn">
          {(id) => (
            <select
              id={id}
              aria-label={`Danh sách nơi nhận có sẵn (${name})`}
              value={listId}
              onChange={(e) => setListId(e.target.value)}
            >
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
          aria-label={`Chèn danh sách (${name})`}
          onClick={() => {
            const l = lists.find((x) => x.id === listId);
            if (!l) return;
            edit('', (d) => {
              d[kind].recipients = [...d[kind].recipients, ...l.recipients.map((r) => ({ ...r }))];
              if (!d[kind].archive && l.archive) d[kind].archive = l.archive;
            });
          }}
        >
          Chèn danh sách
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
          shown="Lưu"
          placeholder="VD: VT, Hồ sơ"
          value={doc.archive}
          onChange={(v) => set('archive', v)}
        />
        <PhraseArea
          className="wide"
          label={`Câu kết (${name})`}
          shown="Câu kết"
          rows={2}
          typed={doc.closing}
          generated={() => (kind === 'notice' ? generatedNoticeClosing(m) : generatedMinutesClosing(m))}
          onChange={(v) => edit(`${kind}.closing`, (d) => void (d[kind].closing = v))}
        />
        {kind === 'notice' && (
          <>
            <PhraseArea
              className="wide"
              label="Trích yếu thông báo"
              rows={2}
              typed={m.notice.summary}
              generated={() => generatedNoticeSummary(m, editorProfile(m, profiles))}
              onChange={(v) => edit('notice.summary', (d) => void (d.notice.summary = v))}
            />
            <PhraseArea
              className="wide"
              label="Đoạn mở đầu"
              rows={3}
              typed={m.notice.opening}
              generated={() => generatedOpening(m)}
              onChange={(v) => edit('notice.opening', (d) => void (d.notice.opening = v))}
            />
            <PhraseArea
              className="wide"
              label="Câu dẫn kết luận"
              rows={2}
              typed={m.notice.leadIn}
              generated={() => generatedLeadIn(m)}
              onChange={(v) => edit('notice.leadIn', (d) => void (d.notice.leadIn = v))}
            />
          </>
        )}
        {kind === 'minutes' && (
          <>
            <TextArea
              className="wide"
              label="Căn cứ (mỗi dòng một căn cứ)"
              rows={2}
              placeholder="VD: Căn cứ Quyết định số ..."
              value={m.minutes.bases}
              onChange={(v) => edit('minutes.bases', (d) => void (d.minutes.bases = v))}
            />
            <TextArea
              className="wide"
              label="Tóm tắt nội dung (để trống thì không in)"
              rows={3}
              value={m.minutes.contentSummary}
              onChange={(v) => edit('minutes.contentSummary', (d) => void (d.minutes.contentSummary = v))}
            />
            <PhraseArea
              className="wide"
              label="Tiêu đề phần kết luận"
              rows={1}
              typed={m.minutes.conclusionsHeading}
              generated={() => generatedConclusionsHeading(m)}
              onChange={(v) => edit('minutes.conclusionsHeading', (d) => void (d.minutes.conclusionsHeading = v))}
            />
          </>
        )}
      </div>
    </div>
  );
}

function IssuanceSectionView(props: IssuanceProps) {
  return (
    <Card title="Ban hành văn bản" id="sec-issuance">
      <DocumentIssue {...props} kind="notice" />
      <DocumentIssue {...props} kind="minutes" />
    </Card>
  );
}

// The generated phrases shown in place read the facts they are made of.
export const IssuanceSection = sectionOf(IssuanceSectionView, [
  'notice',
  'minutes',
  'profile',
  'kind',
  'date',
  'endTime',
  'host',
  'subject',
  'presiding',
  'attendeeGroups',
  'reports',
  'discussion',
  'issuer',
]);
