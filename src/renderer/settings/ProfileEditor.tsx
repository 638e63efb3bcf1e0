/** Edit a copy of a format profile (margins, sizes, labels); saved under a new id like `hd36-2018-<office>`. */
import { useState } from 'react';
import { FormatProfile } from '../../shared/profile/schema';
import { call, errorMessage } from '../api';
import { Card, TextField, Labeled } from '../components/fields';
import { profileCopyId } from '../lib/profileCopy';

type Notify = (message: string, error?: boolean) => void;

function NumberField(props: { label: string; value: number; step?: number; onChange: (v: number) => void }) {
  const [text, setText] = useState(String(props.value));
  return (
    <Labeled label={`${props.label}`}>
      {(id) => (
        <input
          id={id}
          type="number"
          step={props.step ?? 0.5}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            const n = Number(e.target.value);
            if (e.target.value !== '' && Number.isFinite(n)) props.onChange(n);
          }}
        />
      )}
    </Labeled>
  );
}

export function ProfileEditor(props: { profiles: readonly FormatProfile[]; notify: Notify; onChanged: () => void }) {
  const { profiles, notify } = props;
  const [baseId, setBaseId] = useState(profiles[0]?.id ?? '');
  const [office, setOffice] = useState('');
  const base = profiles.find((p) => p.id === baseId);
  const [draft, setDraft] = useState<FormatProfile | null>(null);
  const [draftKey, setDraftKey] = useState(0);
  const current = draft;

  const start = () => {
    if (!base) return;
    setDraft(structuredClone(base));
    setDraftKey((k) => k + 1);
  };
  const set = (change: (p: FormatProfile) => void) =>
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      change(next);
      return next;
    });

  const save = async () => {
    if (!current || !base) return;
    const id = profileCopyId(base, office);
    if (!id) {
      notify('Hãy nhập ký hiệu cơ quan (chữ thường không dấu, số, "-") cho bản sao thể thức.', true);
      return;
    }
    const existing = profiles.find((p) => p.id === id);
    const parsed = FormatProfile.safeParse({
      ...current,
      id,
      builtIn: false,
      version: existing ? existing.version + 1 : 1,
    });
    if (!parsed.success) {
      notify(`Thể thức chưa hợp lệ: ${parsed.error.issues[0]?.message ?? ''}`, true);
      return;
    }
    try {
      await call('profiles:save', { profile: parsed.data });
      notify(`Đã lưu thể thức “${parsed.data.name}” (${id}).`);
      props.onChanged();
    } catch (e) {
      notify(errorMessage(e), true);
    }
  };

  return (
    <Card title="Thể thức">
      <p className="hint">Sao chép một thể thức có sẵn rồi điều chỉnh lề, cỡ chữ, nhãn cho cơ quan mình.</p>
      <div className="row">
        <Labeled label="Thể thức gốc">
          {(id) => (
            <select id={id} value={baseId} onChange={(e) => setBaseId(e.target.value)}>
              {profiles.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.id})
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <button type="button" disabled={!base} onClick={start}>
          Sao chép để chỉnh sửa
        </button>
        {base && !base.builtIn && (
          <button
            type="button"
            className="danger"
            onClick={() =>
              call('profiles:delete', { id: base.id }).then(
                () => {
                  notify(`Đã xóa thể thức ${base.id}.`);
                  props.onChanged();
                },
                (e) => notify(errorMessage(e), true),
              )
            }
          >
            Xóa thể thức
          </button>
        )}
      </div>
      {current && base && (
        <div className="item" key={draftKey}>
          <div className="grid">
            <TextField
              label="Ký hiệu cơ quan cho bản sao"
              placeholder="VD: btctu"
              hint={`Mã mới: ${profileCopyId(base, office) || '…'}`}
              value={office}
              onChange={setOffice}
            />
            <TextField
              className="wide"
              label="Tên thể thức"
              value={current.name}
              onChange={(v) => set((p) => void (p.name = v))}
            />
            <NumberField
              label="Lề trên (mm)"
              value={current.page.marginTopMm}
              onChange={(v) => set((p) => void (p.page.marginTopMm = v))}
            />
            <NumberField
              label="Lề dưới (mm)"
              value={current.page.marginBottomMm}
              onChange={(v) => set((p) => void (p.page.marginBottomMm = v))}
            />
            <NumberField
              label="Lề trái (mm)"
              value={current.page.marginLeftMm}
              onChange={(v) => set((p) => void (p.page.marginLeftMm = v))}
            />
            <NumberField
              label="Lề phải (mm)"
              value={current.page.marginRightMm}
              onChange={(v) => set((p) => void (p.page.marginRightMm = v))}
            />
            <NumberField
              label="Cỡ chữ nội dung (pt)"
              value={current.body.sizePt}
              onChange={(v) => set((p) => void (p.body.sizePt = v))}
            />
            <NumberField
              label="Giãn dòng (lần)"
              step={0.05}
              value={current.body.lineSpacing}
              onChange={(v) => set((p) => void (p.body.lineSpacing = v))}
            />
            <NumberField
              label="Thụt đầu dòng (cm)"
              step={0.01}
              value={current.body.firstLineIndentCm}
              onChange={(v) => set((p) => void (p.body.firstLineIndentCm = v))}
            />
            <NumberField
              label="Cỡ chữ tên cơ quan (pt)"
              value={current.header.issuingBody.sizePt}
              onChange={(v) => set((p) => void (p.header.issuingBody.sizePt = v))}
            />
            <TextField
              label="Nhãn thông báo"
              value={current.labels.notice}
              onChange={(v) => set((p) => void (p.labels.notice = v))}
            />
            <TextField
              label="Nhãn biên bản"
              value={current.labels.minutes}
              onChange={(v) => set((p) => void (p.labels.minutes = v))}
            />
            <TextField
              label="Nhãn nơi nhận"
              value={current.recipients.label.text}
              onChange={(v) => set((p) => void (p.recipients.label.text = v))}
            />
          </div>
          <div className="actions">
            <button type="button" className="primary" onClick={() => void save()}>
              Lưu thể thức
            </button>
            <button type="button" onClick={() => setDraft(null)}>
              Hủy chỉnh sửa thể thức
            </button>
          </div>
        </div>
      )}
    </Card>
  );
}
