/** Signature blocks: heading (ĐẠI DIỆN ...), authority (TM/KT/TL/TUQ/Q), on behalf of, position, name. Used by editor and settings. */
import type { Authority, Signer } from '../../shared/model/meeting';
import { newSigner } from '../lib/factories';
import { moveItem, removeAt } from '../lib/reorder';
import { altArrowMove, ItemControls, useItemKeys } from '../editor/ItemControls';
import { addThenFocus } from '../editor/jumpToField';
import { SelectField, TextField } from './fields';

export const AUTHORITY_LABELS: Record<Authority, string> = {
  none: 'Không (ký trực tiếp)',
  TM: 'TM. (thay mặt)',
  KT: 'KT. (ký thay)',
  TL: 'TL. (thừa lệnh)',
  TUQ: 'TUQ. (thừa ủy quyền)',
  Q: 'Q. (quyền)',
};
const AUTHORITY_OPTIONS = (Object.keys(AUTHORITY_LABELS) as Authority[]).map((value) => ({
  value,
  label: AUTHORITY_LABELS[value],
}));

export function SignersEditor(props: {
  prefix: string;
  signers: readonly Signer[];
  onChange: (key: string, next: Signer[]) => void;
  max?: number;
  /** The meeting path of the list (`notice.signers`), for the checks to jump to. */
  field?: string;
  /** 2: the blocks laid out two to a row, as the minutes print them. */
  columns?: 1 | 2;
}) {
  const { signers, prefix } = props;
  const items = useItemKeys(signers.length);
  const set = (i: number, field: keyof Signer, v: string) =>
    props.onChange(
      `${prefix}.signer.${i}.${field}`,
      signers.map((s, j) => (j === i ? { ...s, [field]: v } : s)),
    );
  const move = (from: number, to: number) => {
    if (to < 0 || to >= signers.length) return;
    items.move(from, to);
    props.onChange('', moveItem(signers, from, to));
  };
  const remove = (i: number) => {
    items.remove(i);
    props.onChange('', removeAt(signers, i));
  };
  return (
    <div className="item-list" data-field={props.field}>
      <div className={props.columns === 2 ? 'signers-grid' : 'item-list'}>
        {signers.map((s, i) => (
          <div key={items.keys[i]} className="item" onKeyDown={(e) => altArrowMove(e, i, move)}>
            <div className="item-head">
              <span className="title">Người ký {i + 1}</span>
              <ItemControls
                index={i}
                count={signers.length}
                noun="người ký"
                where={prefix}
                onMove={move}
                onRemove={() => remove(i)}
              />
            </div>
            <div className="grid">
              <TextField
                label={`Tiêu đề khối chữ ký ${i + 1} (${prefix})`}
                shown="Tiêu đề khối chữ ký"
                field={props.field && `${props.field}.${i}.heading`}
                placeholder="VD: ĐẠI DIỆN SỞ TÀI CHÍNH"
                value={s.heading}
                onChange={(v) => set(i, 'heading', v)}
              />
              <SelectField<Authority>
                label={`Thẩm quyền ký ${i + 1} (${prefix})`}
                shown="Thẩm quyền ký"
                value={s.authority}
                options={AUTHORITY_OPTIONS}
                onChange={(v) =>
                  props.onChange(
                    '',
                    signers.map((x, j) => (j === i ? { ...x, authority: v } : x)),
                  )
                }
              />
              <TextField
                label={`Thay mặt / ký thay cho ${i + 1} (${prefix})`}
                shown="Thay mặt / ký thay cho"
                placeholder="VD: BAN THƯỜNG VỤ"
                value={s.authorityOf}
                onChange={(v) => set(i, 'authorityOf', v)}
              />
              <TextField
                label={`Chức vụ người ký ${i + 1} (${prefix})`}
                shown="Chức vụ người ký"
                placeholder="VD: CHÁNH VĂN PHÒNG"
                value={s.position}
                onChange={(v) => set(i, 'position', v)}
              />
              <TextField
                label={`Họ tên người ký ${i + 1} (${prefix})`}
                shown="Họ tên người ký"
                field={props.field && `${props.field}.${i}.name`}
                value={s.name}
                onChange={(v) => set(i, 'name', v)}
              />
            </div>
          </div>
        ))}
      </div>
      <div className="actions">
        <button
          type="button"
          disabled={signers.length >= (props.max ?? 8)}
          aria-label={`Thêm người ký (${prefix})`}
          onClick={() => {
            addThenFocus(
              () => props.onChange('', [...signers, newSigner()]),
              props.field && `${props.field}.${signers.length}.heading`,
            );
          }}
        >
          Thêm người ký
        </button>
      </div>
    </div>
  );
}
