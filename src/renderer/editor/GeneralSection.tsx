/** Facts of the session and the issuing body, in the order a secretary fills them. */
import { MEETING_KIND_LABELS, type IssuingBody, type MeetingKind } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { Card, DateField, SelectField, TextArea, TextField, TimeField, optionsOf } from '../components/fields';
import { PhraseArea } from '../components/PhraseArea';
import { editorProfile } from '../lib/editorProfile';
import { generatedMinutesTitle } from '../../shared/layout/generated';
import { useState } from 'react';
import { formatMismatch } from '../../shared/profile/formatMismatch';
import { focusFieldSoon } from './jumpToField';
import { sectionOf, type SectionProps } from './types';
import { ISSUER_PRESETS } from '../../shared/profile/localGovernment';

/** The issuing body's fields, in the order they appear on the form. */
const ISSUER_FIELDS: readonly {
  key: keyof IssuingBody;
  label: string;
  placeholder: string;
  wide?: boolean;
  lines?: boolean;
}[] = [
  { key: 'parentBody', label: 'Cơ quan cấp trên', placeholder: 'VD: ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG', lines: true },
  { key: 'name', label: 'Tên cơ quan ban hành', placeholder: 'VD: ỦY BAN NHÂN DÂN\nXÃ MINH PHÚ', lines: true },
  { key: 'code', label: 'Ký hiệu cơ quan', placeholder: 'VD: BTCTU' },
  { key: 'placeName', label: 'Địa danh', placeholder: 'VD: Hà Nội' },
  { key: 'officeName', label: 'Văn phòng thông báo', placeholder: 'VD: Văn phòng Ban Tổ chức Thành ủy', wide: true },
];

/** The issuing body and format the office set once (first run, Cài đặt). */
export interface OfficeDefaults {
  issuer: IssuingBody;
  profileId: string;
}

const sameIssuer = (a: IssuingBody, b: IssuingBody) => ISSUER_FIELDS.every((f) => a[f.key] === b[f.key]);

function GeneralSectionView({
  m,
  edit,
  profiles,
  office,
}: SectionProps & { profiles: readonly FormatProfile[]; office?: OfficeDefaults }) {
  // The office's own body and format are set once; a meeting shows them as one line and opens the
  // fields only to change them by exception (or when they differ from the office's).
  const profile = profiles.find((p) => p.id === m.profile.id);
  const fromOffice =
    !!office &&
    !!profile &&
    !formatMismatch(m.issuer, profile) &&
    office.issuer.name.trim() !== '' &&
    sameIssuer(m.issuer, office.issuer) &&
    m.profile.id === office.profileId;
  const [open, setOpen] = useState(false);
  const profileOptions = profiles.map((p) => ({ value: p.id, label: p.name }));
  if (!profileOptions.some((o) => o.value === m.profile.id))
    profileOptions.push({ value: m.profile.id, label: m.profile.id });
  return (
    <Card title="Thông tin chung" id="sec-general">
      <div className="grid">
        <SelectField<MeetingKind>
          label="Loại phiên"
          value={m.kind}
          options={optionsOf(MEETING_KIND_LABELS)}
          onChange={(v) => edit('kind', (d) => void (d.kind = v))}
        />
        <DateField
          label="Ngày họp"
          field="date"
          value={m.date}
          onChange={(v) => edit('date', (d) => void (d.date = v))}
        />
        <TimeField
          label="Giờ bắt đầu"
          value={m.startTime}
          onChange={(v) => edit('startTime', (d) => void (d.startTime = v))}
        />
        <TimeField
          label="Giờ kết thúc"
          field="endTime"
          value={m.endTime}
          onChange={(v) => edit('endTime', (d) => void (d.endTime = v))}
        />
        <TextField
          className="wide"
          label="Địa điểm"
          value={m.place}
          onChange={(v) => edit('place', (d) => void (d.place = v))}
        />
        <TextField
          className="wide"
          label="Làm việc với (bên tiếp đón)"
          placeholder="VD: Ban Thường vụ Quận ủy Long Biên"
          value={m.host}
          onChange={(v) => edit('host', (d) => void (d.host = v))}
        />
        <TextArea
          className="wide"
          label="Nội dung (về việc)"
          rows={2}
          placeholder="VD: chương trình công tác năm 2021"
          value={m.subject}
          onChange={(v) => edit('subject', (d) => void (d.subject = v))}
        />
        <PhraseArea
          className="wide"
          label="Tên buổi làm việc (biên bản)"
          rows={2}
          typed={m.title}
          generated={() => generatedMinutesTitle(m, editorProfile(m, profiles))}
          onChange={(v) => edit('title', (d) => void (d.title = v))}
        />
      </div>
      {fromOffice && !open && (
        <p className="office-summary">
          Ban hành theo thiết lập của văn phòng: <strong>{m.issuer.name.replace(/\s*\n\s*/g, ' ')}</strong>,{' '}
          {profile?.name}.{' '}
          <button
            type="button"
            className="small"
            onClick={() => {
              setOpen(true);
              focusFieldSoon('profile');
            }}
          >
            Đổi riêng cho buổi này
          </button>
        </p>
      )}
      <div className="office-fields" hidden={fromOffice && !open}>
        <div className="grid">
          <SelectField
            className="wide"
            label="Thể thức văn bản"
            field="profile"
            value={m.profile.id}
            options={profileOptions}
            onChange={(id) => {
              const p = profiles.find((x) => x.id === id);
              if (p) edit('profile', (d) => void (d.profile = { id: p.id, version: p.version }));
            }}
          />
        </div>
        <h3>Cơ quan ban hành</h3>
        <div className="grid">
          <SelectField<string>
            className="wide"
            label="Mẫu cơ quan (sau sắp xếp từ 01/7/2025)"
            value=""
            options={[
              { value: '', label: 'Chọn mẫu để điền cơ quan cấp trên, tên và ký hiệu…' },
              ...ISSUER_PRESETS.map((p, i) => ({ value: String(i), label: p.label })),
            ]}
            onChange={(v) => {
              const preset = ISSUER_PRESETS[Number(v)];
              if (!preset || v === '') return;
              edit('issuer', (d) => {
                d.issuer.parentBody = preset.parentBody;
                d.issuer.name = preset.name;
                d.issuer.code = preset.code;
              });
            }}
          />
          {ISSUER_FIELDS.map((f) =>
            f.lines ? (
              <TextArea
                key={f.key}
                label={f.label}
                rows={2}
                hint="Xuống dòng ở đâu, in xuống dòng ở đó; để một dòng thì tự ngắt đúng cụm từ."
                placeholder={f.placeholder}
                field={`issuer.${f.key}`}
                value={m.issuer[f.key]}
                onChange={(v) => edit(`issuer.${f.key}`, (d) => void (d.issuer[f.key] = v))}
              />
            ) : (
              <TextField
                key={f.key}
                className={f.wide ? 'wide' : undefined}
                label={f.label}
                placeholder={f.placeholder}
                field={`issuer.${f.key}`}
                value={m.issuer[f.key]}
                onChange={(v) => edit(`issuer.${f.key}`, (d) => void (d.issuer[f.key] = v))}
              />
            ),
          )}
        </div>
      </div>
    </Card>
  );
}

export const GeneralSection = sectionOf(GeneralSectionView, [
  'kind',
  'date',
  'startTime',
  'endTime',
  'place',
  'host',
  'subject',
  'title',
  'profile',
  'issuer',
  'presiding',
]);
