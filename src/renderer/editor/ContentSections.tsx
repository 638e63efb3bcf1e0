/** Reports presented and the discussion that followed. */
import { memo, useCallback } from 'react';
import type { Opinion, Report } from '../../shared/model/meeting';
import { Card, TextArea, TextField } from '../components/fields';
import { newOpinion, newReport } from '../lib/factories';
import { moveItem } from '../lib/reorder';
import { addThenFocus } from './jumpToField';
import { ItemControls, altArrowMove, useDragReorder, type DragBind } from './ItemControls';
import { sectionOf, type Edit, type SectionProps } from './types';

interface ItemProps<T> {
  item: T;
  i: number;
  count: number;
  edit: Edit;
  move: (from: number, to: number) => void;
  bind: DragBind;
  className: string;
}

const ReportItem = memo(function ReportItem({ item: r, i, count, edit, move, bind, className }: ItemProps<Report>) {
  const n = i + 1;
  return (
    <div className={className} {...bind(i)} onKeyDown={(e) => altArrowMove(e, i, move)}>
      <div className="item-head">
        <span className="title">Báo cáo {n}</span>
        <ItemControls
          draggable
          index={i}
          count={count}
          noun="báo cáo"
          onMove={move}
          onRemove={() => edit('', (d) => void d.reports.splice(i, 1))}
        />
      </div>
      <div className="grid">
        <TextField
          grow
          label={`Người trình bày báo cáo ${n}`}
          field={`reports.${i}.presenter`}
          placeholder="VD: đồng chí Nguyễn Văn A, Bí thư Quận ủy"
          value={r.presenter}
          onChange={(v) => edit(`report.${r.id}.presenter`, (d) => void (d.reports[i]!.presenter = v))}
        />
        <TextArea
          className="wide"
          label={`Tên báo cáo ${n}`}
          field={`reports.${i}.title`}
          rows={2}
          placeholder="VD: kết quả thực hiện nhiệm vụ năm 2020, chương trình công tác năm 2021"
          value={r.title}
          onChange={(v) => edit(`report.${r.id}.title`, (d) => void (d.reports[i]!.title = v))}
        />
        <TextArea
          className="wide"
          label={`Nội dung báo cáo ${n} (mỗi dòng một đoạn, dòng bắt đầu bằng "- " là gạch đầu dòng)`}
          rows={4}
          value={r.text}
          onChange={(v) => edit(`report.${r.id}.text`, (d) => void (d.reports[i]!.text = v))}
        />
      </div>
    </div>
  );
});

const OpinionItem = memo(function OpinionItem({ item: o, i, count, edit, move, bind, className }: ItemProps<Opinion>) {
  const n = i + 1;
  return (
    <div className={className} {...bind(i)} onKeyDown={(e) => altArrowMove(e, i, move)}>
      <div className="item-head">
        <span className="title">Ý kiến {n}</span>
        <ItemControls
          draggable
          index={i}
          count={count}
          noun="ý kiến"
          onMove={move}
          onRemove={() => edit('', (d) => void d.discussion.splice(i, 1))}
        />
      </div>
      <div className="grid">
        <TextField
          grow
          className="wide"
          label={`Người phát biểu ${n}`}
          field={`discussion.${i}.speaker`}
          value={o.speaker}
          onChange={(v) => edit(`opinion.${o.id}.speaker`, (d) => void (d.discussion[i]!.speaker = v))}
        />
        <TextArea
          className="wide"
          label={`Nội dung ý kiến ${n} (mỗi dòng một đoạn)`}
          field={`discussion.${i}.text`}
          value={o.text}
          onChange={(v) => edit(`opinion.${o.id}.text`, (d) => void (d.discussion[i]!.text = v))}
        />
      </div>
    </div>
  );
});

function ReportsSectionView({ m, edit }: SectionProps) {
  const move = useCallback(
    (from: number, to: number) => edit('', (d) => void (d.reports = moveItem(d.reports, from, to))),
    [edit],
  );
  const { bind, classOf } = useDragReorder(move);
  return (
    <Card
      title="Báo cáo"
      id="sec-reports"
      actions={
        <button
          type="button"
          onClick={() => {
            addThenFocus(
              () => edit('', (d) => void d.reports.push(newReport())),
              `reports.${m.reports.length}.presenter`,
            );
          }}
        >
          Thêm báo cáo
        </button>
      }
    >
      {m.reports.length === 0 && <p className="hint">Chưa có báo cáo nào.</p>}
      {m.reports.map((r, i) => (
        <ReportItem
          key={r.id}
          item={r}
          i={i}
          count={m.reports.length}
          edit={edit}
          move={move}
          bind={bind}
          className={classOf(i)}
        />
      ))}
    </Card>
  );
}

function DiscussionSectionView({ m, edit }: SectionProps) {
  const move = useCallback(
    (from: number, to: number) => edit('', (d) => void (d.discussion = moveItem(d.discussion, from, to))),
    [edit],
  );
  const { bind, classOf } = useDragReorder(move);
  return (
    <Card
      title="Ý kiến thảo luận"
      id="sec-discussion"
      actions={
        <button
          type="button"
          onClick={() => {
            addThenFocus(
              () => edit('', (d) => void d.discussion.push(newOpinion())),
              `discussion.${m.discussion.length}.speaker`,
            );
          }}
        >
          Thêm ý kiến
        </button>
      }
    >
      {m.discussion.length === 0 && <p className="hint">Chưa có ý kiến nào.</p>}
      {m.discussion.map((o, i) => (
        <OpinionItem
          key={o.id}
          item={o}
          i={i}
          count={m.discussion.length}
          edit={edit}
          move={move}
          bind={bind}
          className={classOf(i)}
        />
      ))}
    </Card>
  );
}

export const ReportsSection = sectionOf(ReportsSectionView, ['reports']);

export const DiscussionSection = sectionOf(DiscussionSectionView, ['discussion']);
