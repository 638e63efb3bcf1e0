/** Settings: default issuing body and profile, profile copies, default signers, recipient lists, snippets, directory. */
import { useEffect, useState, type RefObject } from 'react';
import type { ScreenCommands } from '../commands';
import type { DirectoryEntry, Settings } from '../../shared/model/library';
import type { IssuingBody } from '../../shared/model/meeting';
import type { FormatProfile } from '../../shared/profile/schema';
import { newId } from '../../shared/model/ids';
import { call, errorMessage } from '../api';
import { Card, SelectField, TextArea, TextField } from '../components/fields';
import { RecipientsEditor } from '../components/RecipientsEditor';
import { SignersEditor } from '../components/SignersEditor';
import { DirectoryEditor } from './DirectoryEditor';
import { ProfileEditor } from './ProfileEditor';
import { RegisterSeriesEditor } from './RegisterSeriesEditor';

type Notify = (message: string, error?: boolean) => void;

const ISSUER_FIELDS: { key: keyof IssuingBody; label: string; placeholder: string }[] = [
  { key: 'parentBody', label: 'Cơ quan cấp trên mặc định', placeholder: 'VD: THÀNH ỦY HÀ NỘI' },
  { key: 'name', label: 'Tên cơ quan ban hành mặc định', placeholder: 'VD: BAN TỔ CHỨC' },
  { key: 'code', label: 'Ký hiệu cơ quan mặc định', placeholder: 'VD: BTCTU' },
  { key: 'placeName', label: 'Địa danh mặc định', placeholder: 'VD: Hà Nội' },
  { key: 'officeName', label: 'Văn phòng thông báo mặc định', placeholder: 'VD: Văn phòng Ban Tổ chức Thành ủy' },
];

export function SettingsScreen(props: {
  settings: Settings;
  profiles: readonly FormatProfile[];
  directory: readonly DirectoryEntry[];
  notify: Notify;
  onSettingsSaved: (s: Settings) => void;
  onProfilesChanged: () => void;
  onDirectoryChanged: () => void;
  commands: RefObject<ScreenCommands>;
}) {
  const { notify } = props;
  const [s, setS] = useState<Settings>(props.settings);
  const [saving, setSaving] = useState(false);
  const update = (change: (d: Settings) => void) =>
    setS((prev) => {
      const next = structuredClone(prev);
      change(next);
      return next;
    });

  const save = async () => {
    setSaving(true);
    try {
      const saved = await call('settings:set', { settings: s });
      props.onSettingsSaved(saved);
      setS(saved);
      notify('Đã lưu cài đặt.');
    } catch (e) {
      notify(errorMessage(e), true);
    } finally {
      setSaving(false);
    }
  };

  // Ctrl+S saves the settings on this screen.
  useEffect(() => {
    props.commands.current = { save: () => void save() };
  });

  return (
    <div className="screen">
      <div className="editor-head">
        <h1>Cài đặt</h1>
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          Lưu cài đặt
        </button>
      </div>
      <div className="settings">
        <Card title="Cơ quan ban hành mặc định">
          <div className="grid">
            {ISSUER_FIELDS.map((f) => (
              <TextField
                key={f.key}
                label={f.label}
                placeholder={f.placeholder}
                value={s.defaultIssuer[f.key]}
                onChange={(v) => update((d) => void (d.defaultIssuer[f.key] = v))}
              />
            ))}
            <SelectField
              label="Thể thức mặc định"
              value={s.defaultProfileId}
              onChange={(v) => update((d) => void (d.defaultProfileId = v))}
              options={props.profiles.map((p) => ({ value: p.id, label: p.name }))}
            />
          </div>
        </Card>

        <Card title="Theo dõi thực hiện kết luận">
          <SelectField
            label="Báo “sắp đến hạn” trước hạn"
            value={String(s.followupDueSoonDays)}
            onChange={(v) => update((d) => void (d.followupDueSoonDays = Number(v)))}
            options={[...new Set([0, 1, 2, 3, 5, 7, 10, 14, 30, s.followupDueSoonDays])]
              .sort((a, b) => a - b)
              .map((n) => ({
                value: String(n),
                label: n === 0 ? 'Chỉ ngày đến hạn' : `${n} ngày`,
              }))}
          />
        </Card>

        <ProfileEditor profiles={props.profiles} notify={notify} onChanged={props.onProfilesChanged} />

        <RegisterSeriesEditor
          series={s.registerSeries}
          onChange={(next) => update((d) => void (d.registerSeries = next))}
        />

        <Card title="Người ký, nơi nhận và nơi lưu mặc định">
          <p className="hint">
            Mỗi buổi làm việc mới bắt đầu với những mục này; nút “Dùng cho các buổi sau” trong phần Ban hành văn bản của
            một buổi cũng ghi vào đây.
          </p>
          {(['notice', 'minutes'] as const).map((kind) => {
            const prefix = kind === 'notice' ? 'mặc định, thông báo' : 'mặc định, biên bản';
            return (
              <div key={kind} className="item">
                <h3>{kind === 'notice' ? 'Thông báo kết luận' : 'Biên bản'}</h3>
                <SignersEditor
                  prefix={prefix}
                  signers={s.defaultSigners[kind]}
                  onChange={(_k, next) => update((d) => void (d.defaultSigners[kind] = next))}
                />
                <h4>Nơi nhận</h4>
                <RecipientsEditor
                  prefix={prefix}
                  recipients={s.defaultIssuance[kind].recipients}
                  onChange={(_k, next) => update((d) => void (d.defaultIssuance[kind].recipients = next))}
                />
                <TextField
                  label={`Lưu (${prefix})`}
                  shown="Lưu"
                  placeholder="VD: VT, Hồ sơ"
                  value={s.defaultIssuance[kind].archive}
                  onChange={(v) => update((d) => void (d.defaultIssuance[kind].archive = v))}
                />
              </div>
            );
          })}
        </Card>

        <Card
          title="Danh sách nơi nhận"
          actions={
            <button
              type="button"
              onClick={() =>
                update((d) => void d.recipientLists.push({ id: newId('rl'), name: '', recipients: [], archive: '' }))
              }
            >
              Thêm danh sách nơi nhận
            </button>
          }
        >
          {s.recipientLists.length === 0 && <p className="hint">Chưa có danh sách nào.</p>}
          {s.recipientLists.map((l, i) => (
            <div key={l.id} className="item">
              <div className="item-head">
                <span className="title">Danh sách {i + 1}</span>
                <button
                  type="button"
                  className="small danger"
                  onClick={() => update((d) => void d.recipientLists.splice(i, 1))}
                >
                  Xóa danh sách {i + 1}
                </button>
              </div>
              <div className="grid">
                <TextField
                  label={`Tên danh sách ${i + 1}`}
                  value={l.name}
                  onChange={(v) => update((d) => void (d.recipientLists[i]!.name = v))}
                />
                <TextField
                  label={`Lưu (danh sách ${i + 1})`}
                  value={l.archive}
                  onChange={(v) => update((d) => void (d.recipientLists[i]!.archive = v))}
                />
              </div>
              <RecipientsEditor
                prefix={`danh sách ${i + 1}`}
                recipients={l.recipients}
                onChange={(_k, next) => update((d) => void (d.recipientLists[i]!.recipients = next))}
              />
            </div>
          ))}
        </Card>

        <Card
          title="Cụm từ mẫu"
          actions={
            <button
              type="button"
              onClick={() => update((d) => void d.snippets.push({ id: newId('sn'), label: '', text: '' }))}
            >
              Thêm cụm từ
            </button>
          }
        >
          <p className="hint">
            Các cụm từ cố định có sẵn luôn có trong menu “Cụm từ mẫu”; thêm cụm từ riêng của cơ quan ở đây.
          </p>
          {s.snippets.map((sn, i) => (
            <div key={sn.id} className="item">
              <div className="row">
                <TextField
                  label={`Tên cụm từ ${i + 1}`}
                  value={sn.label}
                  onChange={(v) => update((d) => void (d.snippets[i]!.label = v))}
                />
                <button
                  type="button"
                  className="small danger"
                  onClick={() => update((d) => void d.snippets.splice(i, 1))}
                >
                  Xóa cụm từ {i + 1}
                </button>
              </div>
              <TextArea
                label={`Nội dung cụm từ ${i + 1}`}
                rows={2}
                value={sn.text}
                onChange={(v) => update((d) => void (d.snippets[i]!.text = v))}
              />
            </div>
          ))}
        </Card>

        <DirectoryEditor directory={props.directory} notify={notify} onChanged={props.onDirectoryChanged} />
      </div>
    </div>
  );
}
