/** Conclusions: assessment paragraphs and numbered directives (reorderable by keyboard and drag). */
import { memo, useCallback } from 'react';
import { DIRECTIVE_STATUS_LABELS, type Directive, type DirectiveStatus } from '../../shared/model/meeting';
import { Card, DateField, SelectField, TextArea, TextField, optionsOf } from '../components/fields';
import { sessionName } from '../lib/carry';
import { newDirective } from '../lib/factories';
import { moveItem } from '../lib/reorder';
import { joinList, joinParagraphs, splitList, splitParagraphs } from '../lib/text';
import { ItemControls, altArrowMove, useDragReorder, type DragBind } from './ItemControls';
import { sectionOf, type Edit, type SectionProps } from './types';

const STATUS_OPTIONS = optionsOf(DIRECTIVE_STATUS_LABELS);

/** One directive; memoised so typing in one of hundreds re-renders only that one. */
const DirectiveItem = memo(function DirectiveItem(props: {
  dv: Directive;
  i: number;
  count: number;
  edit: Edit;
  move: (from: number, to: number) => void;
  bind: DragBind;
  className: string;
}) {
  const { dv, i, edit, move } = props;
  const n = i + 1;
  const set = (field: string, change: (d: Directive) => void) =>
    edit(`directive.${dv.id}.${field}`, (m) => change(m.conclusions.directives[i]!));
  return (
    <li
      className={props.className}
      {...props.bind(i)}
      onKeyDown={(e) => altArrowMove(e, i, move)}
      aria-label={`Nhiệm vụ ${n}`}
    >
      <div className="item-head">
        <span className="title">Nhiệm vụ {n}</span>
        {dv.carriedFrom && (
          <span className="carried" title="Ghi chú theo dõi, không in ra văn bản">
            chuyển từ {sessionName(dv.carriedFrom.date)}
          </span>
        )}
        <ItemControls
          draggable
          index={i}
          count={props.count}
          noun="nhiệm vụ"
          onMove={move}
          onRemove={() => edit('', (m) => void m.conclusions.directives.splice(i, 1))}
        />
      </div>
      <div className="grid">
        <TextArea
          className="wide"
          label={`Nội dung nhiệm vụ ${n}`}
          field={`conclusions.directives.${i}.text`}
          value={dv.text}
          onChange={(v) => set('text', (d) => void (d.text = v))}
        />
        <TextField
          label={`Đơn vị chủ trì nhiệm vụ ${n}`}
          value={dv.lead}
          onChange={(v) => set('lead', (d) => void (d.lead = v))}
        />
        <TextField
          label={`Đơn vị phối hợp nhiệm vụ ${n}`}
          hint="Cách nhau bằng dấu ;"
          value={joinList(dv.support)}
          onChange={(v) => set('support', (d) => void (d.support = splitList(v)))}
        />
        <DateField
          label={`Thời hạn nhiệm vụ ${n}`}
          value={dv.deadline}
          onChange={(v) => set('deadline', (d) => void (d.deadline = v))}
        />
        <SelectField<DirectiveStatus>
          label={`Trạng thái nhiệm vụ ${n}`}
          value={dv.status}
          options={STATUS_OPTIONS}
          onChange={(v) => set('status', (d) => void (d.status = v))}
        />
      </div>
    </li>
  );
});

function ConclusionsSectionView({ m, edit }: SectionProps) {
  const c = m.conclusions;
  const move = useCallback(
    (from: number, to: number) =>
      edit('', (d) => void (d.conclusions.directives = moveItem(d.conclusions.directives, from, to))),
    [edit],
  );
  const { bind, classOf } = useDragReorder(move);
  return (
    <Card title="Kết luận" id="sec-conclusions">
      <TextArea
        label="Đánh giá (mỗi dòng một đoạn)"
        rows={5}
        placeholder="VD: Ghi nhận và đánh giá cao ... Tuy nhiên, ..."
        value={joinParagraphs(c.assessment)}
        onChange={(v) => edit('conclusions.assessment', (d) => void (d.conclusions.assessment = splitParagraphs(v)))}
      />
      <TextArea
        label="Câu dẫn nhiệm vụ"
        rows={2}
        placeholder="VD: Đề nghị ... tập trung thực hiện tốt một số nhiệm vụ sau:"
        value={c.directivesIntro}
        onChange={(v) => edit('conclusions.directivesIntro', (d) => void (d.conclusions.directivesIntro = v))}
      />
      <h3>Nhiệm vụ được giao</h3>
      {c.directives.length === 0 && <p className="hint">Chưa có nhiệm vụ nào.</p>}
      <ol className="plain-list" aria-label="Danh sách nhiệm vụ">
        {c.directives.map((dv, i) => (
          <DirectiveItem
            key={dv.id}
            dv={dv}
            i={i}
            count={c.directives.length}
            edit={edit}
            move={move}
            bind={bind}
            className={classOf(i)}
          />
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => edit('', (d) => void d.conclusions.directives.push(newDirective()))}>
          Thêm nhiệm vụ
        </button>
      </div>
    </Card>
  );
}

export const ConclusionsSection = sectionOf(ConclusionsSectionView, ['conclusions']);
