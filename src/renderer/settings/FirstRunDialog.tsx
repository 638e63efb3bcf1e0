/**
 * Asked once, on the first start: the office's format and issuing body, from which every new
 * meeting starts. Skipping is an answer too; either way it is never asked again (Cài đặt keeps both).
 */
import { useEffect, useRef, useState } from 'react';
import { formatMismatch } from '../../shared/profile/formatMismatch';
import type { Settings } from '../../shared/model/library';
import type { IssuingBody } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { call, errorMessage } from '../api';
import { SelectField, TextField } from '../components/fields';

const FIELDS: { key: keyof IssuingBody; label: string; placeholder: string }[] = [
  { key: 'parentBody', label: 'Cơ quan cấp trên', placeholder: 'VD: THÀNH ỦY HÀ NỘI hoặc để trống' },
  { key: 'name', label: 'Tên cơ quan ban hành', placeholder: 'VD: ỦY BAN NHÂN DÂN XÃ MINH PHÚ' },
  { key: 'code', label: 'Ký hiệu cơ quan', placeholder: 'VD: UBND' },
  { key: 'placeName', label: 'Địa danh', placeholder: 'VD: Minh Phú' },
  { key: 'officeName', label: 'Văn phòng thông báo', placeholder: 'VD: Văn phòng Ủy ban nhân dân xã' },
];

export function FirstRunDialog(props: {
  settings: Settings;
  profiles: readonly FormatProfile[];
  onDone: (saved: Settings) => void;
}) {
  const [issuer, setIssuer] = useState<IssuingBody>(props.settings.defaultIssuer);
  const [profileId, setProfileId] = useState(props.settings.defaultProfileId);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const profile = props.profiles.find((p) => p.id === profileId);
  const mismatch = profile ? formatMismatch(issuer, profile) : null;
  const dialog = useRef<HTMLDivElement>(null);
  // The answers are typed at once: the caret starts in the first field.
  useEffect(() => dialog.current?.querySelector<HTMLElement>('select, input')?.focus(), []);

  const finish = async (answered: boolean) => {
    setBusy(true);
    try {
      const next: Settings = answered
        ? { ...props.settings, defaultIssuer: issuer, defaultProfileId: profileId, firstRunDone: true }
        : { ...props.settings, firstRunDone: true };
      props.onDone(await call('settings:set', { settings: next }));
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop">
      <div ref={dialog} className="dialog" role="dialog" aria-modal="true" aria-labelledby="first-run-title">
        <h2 id="first-run-title">Thiết lập cho văn phòng</h2>
        <p>
          Văn phòng soạn văn bản theo thể thức nào, cho cơ quan nào? Mỗi buổi làm việc mới sẽ bắt đầu từ đây; có thể đổi
          sau trong Cài đặt.
        </p>
        <SelectField
          label="Thể thức mặc định"
          value={profileId}
          onChange={setProfileId}
          options={props.profiles.map((p) => ({ value: p.id, label: p.name }))}
        />
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label}
            placeholder={f.placeholder}
            value={issuer[f.key]}
            onChange={(v) => setIssuer((x) => ({ ...x, [f.key]: v }))}
          />
        ))}
        {mismatch && (
          <p className="warning" role="note">
            {mismatch}
          </p>
        )}
        {error && <p role="alert">{error}</p>}
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void finish(true)}>
            Lưu và bắt đầu
          </button>
          <button type="button" disabled={busy} onClick={() => void finish(false)}>
            Bỏ qua
          </button>
        </div>
      </div>
    </div>
  );
}
