/** Attendees by group, with directory suggestions; presiding official and secretary. */
import { memo, useCallback, useState, type KeyboardEvent } from 'react';
import type { DirectoryEntry } from '../../shared/model/library';
import {
  ATTENDANCE_LABELS,
  type Attendance,
  type AttendeeGroup,
  type Meeting,
  type PersonRef,
} from '../../shared/model/meeting';
import { minutesMemberPhrase } from '../../shared/layout/phrases';
import type { FormatProfile } from '../../shared/profile/schema';
import { Card, SelectField, TextArea, TextField, optionsOf, Labeled } from '../components/fields';
import { PhraseArea } from '../components/PhraseArea';
import { editorProfile } from '../lib/editorProfile';
import { SuggestInput } from '../components/SuggestInput';
import { GROUP_LABEL_PRESETS, newGroup, newPerson, newPhrase } from '../lib/factories';
import { moveItem } from '../lib/reorder';
import { peopleOf } from '../lib/directory';
import { foldVietnamese } from '../../shared/text/vietnamese';
import { ItemControls, altArrowMove, useDragReorder } from './ItemControls';
import { addThenFocus, focusFieldSoon } from './jumpToField';
import { AttendeePasteReview } from './AttendeePasteReview';
import { isAttendeeList, type PastedPerson } from '../lib/attendeePaste';
import { sectionOf, type Edit, type SectionProps } from './types';

type Dir = { directory: readonly DirectoryEntry[] };

/** Honorifics in running text: state records write `ông`, `bà`; Party documents `đồng chí`. */
const TITLE_PRESETS = ['đồng chí', 'ông', 'bà'] as const;

/** One group's members; memoised so typing elsewhere does not re-render it. */
const GroupEditor = memo(function GroupEditor({
  g,
  edit,
  directory,
  gi,
  profile,
}: Dir & { g: AttendeeGroup; edit: Edit; gi: number; profile: FormatProfile }) {
  const gk = `group.${g.id}`;
  const setMember = (
    mi: number,
    key: string,
    change: (mem: Meeting['attendeeGroups'][number]['members'][number]) => void,
  ) => edit(`${gk}.${g.members[mi]?.id}.${key}`, (d) => change(d.attendeeGroups[gi]!.members[mi]!));
  const moveMember = useCallback(
    (from: number, to: number) =>
      edit('', (d) => void (d.attendeeGroups[gi]!.members = moveItem(d.attendeeGroups[gi]!.members, from, to))),
    [edit, gi],
  );
  const { bind, classOf } = useDragReorder(moveMember);
  const memberPath = (mi: number) => `attendeeGroups.${gi}.members.${mi}`;
  /** Add a member at `at` and put the caret in its first field. */
  const addMember = (at: number, kind: 'person' | 'phrase') =>
    addThenFocus(
      () =>
        edit(
          '',
          (d) => void d.attendeeGroups[gi]!.members.splice(at, 0, kind === 'person' ? newPerson() : newPhrase()),
        ),
      `${memberPath(at)}.${kind === 'person' ? 'name' : 'text'}`,
    );
  /**
   * Enter in a person's one-line fields starts the next person below (a suggestion list open
   * takes Enter first; an IME composition is never interrupted; text is never touched).
   */
  const enterAddsRow = (e: KeyboardEvent, mi: number) => {
    if (e.key !== 'Enter' || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const t = e.target as HTMLElement;
    // A highlighted suggestion takes this Enter.
    if (t.getAttribute('aria-activedescendant')) return;
    if (!(t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement)) return;
    e.preventDefault();
    addMember(mi + 1, 'person');
  };
  /** A pasted list under review, and where its people go (a blank row there is filled first). */
  const [paste, setPaste] = useState<{ text: string; at: number } | null>(null);
  const takePaste = (people: PastedPerson[], at: number) => {
    edit('', (d) => {
      const members = d.attendeeGroups[gi]!.members;
      const here = members[at];
      const blank = here?.kind === 'person' && !here.name.trim() && !here.position.trim() && !here.unit.trim();
      const added = people.map((p) => {
        const person = newPerson();
        return { ...person, name: p.name, position: p.position, unit: p.unit, title: p.title || person.title };
      });
      members.splice(at, blank ? 1 : 0, ...added);
    });
    setPaste(null);
    focusFieldSoon(`${memberPath(at + people.length - 1)}.name`);
  };
  return (
    <div className="item-list">
      <div className="row">
        <TextField
          label={`Tiêu đề nhóm ${gi + 1} (biên bản)`}
          field={`attendeeGroups.${gi}.heading`}
          placeholder="VD: Về phía Sở Tài chính"
          value={g.heading}
          onChange={(v) => edit(`${gk}.heading`, (d) => void (d.attendeeGroups[gi]!.heading = v))}
        />
        <Labeled label={`Câu dẫn nhóm ${gi + 1} (thông báo)`}>
          {(id) => (
            <input
              id={id}
              type="text"
              list="group-label-presets"
              value={g.leadIn}
              spellCheck={false}
              onChange={(e) => {
                const v = e.target.value;
                edit(`${gk}.leadIn`, (d) => void (d.attendeeGroups[gi]!.leadIn = v));
              }}
            />
          )}
        </Labeled>
      </div>
      {g.members.map((mem, mi) => (
        <div key={mem.id} className={classOf(mi)} {...bind(mi)} onKeyDown={(e) => altArrowMove(e, mi, moveMember)}>
          {mem.kind === 'person' ? (
            <div
              className={`member person${mi > 0 && g.members[mi - 1]?.kind === 'person' ? ' continued' : ''}`}
              onKeyDown={(e) => enterAddsRow(e, mi)}
            >
              <SuggestInput
                className="m-name"
                grow
                placeholder="Họ tên"
                shown="Họ tên"
                label={`Họ tên (nhóm ${gi + 1}, người ${mi + 1})`}
                field="name"
                dataField={`attendeeGroups.${gi}.members.${mi}.name`}
                directory={directory}
                value={mem.name}
                onPaste={(e) => {
                  // A whole list pasted into one name: read it into rows and show them for review.
                  const text = e.clipboardData.getData('text/plain');
                  if (!isAttendeeList(text)) return;
                  e.preventDefault();
                  setPaste({ text, at: mi });
                }}
                onChange={(v) => setMember(mi, 'name', (x) => void (x.kind === 'person' && (x.name = v)))}
                onPick={(entry) =>
                  edit('', (d) => {
                    const x = d.attendeeGroups[gi]!.members[mi]!;
                    if (x.kind !== 'person') return;
                    x.name = entry.name;
                    x.position = entry.position;
                    x.unit = entry.unit;
                    x.title = entry.title || x.title;
                  })
                }
              />
              <SuggestInput
                className="m-position"
                grow
                placeholder="Chức vụ"
                shown="Chức vụ"
                label={`Chức vụ (nhóm ${gi + 1}, người ${mi + 1})`}
                field="position"
                directory={directory}
                value={mem.position}
                onChange={(v) => setMember(mi, 'position', (x) => void (x.kind === 'person' && (x.position = v)))}
                onPick={(_e, value) =>
                  setMember(mi, 'position-pick', (x) => void (x.kind === 'person' && (x.position = value)))
                }
              />
              <SuggestInput
                className="m-unit"
                grow
                placeholder="Đơn vị"
                shown="Đơn vị"
                label={`Đơn vị (nhóm ${gi + 1}, người ${mi + 1})`}
                field="unit"
                directory={directory}
                value={mem.unit}
                onChange={(v) => setMember(mi, 'unit', (x) => void (x.kind === 'person' && (x.unit = v)))}
                onPick={(_e, value) =>
                  setMember(mi, 'unit-pick', (x) => void (x.kind === 'person' && (x.unit = value)))
                }
              />
              <Labeled className="m-title" shown="Danh xưng" label={`Danh xưng (nhóm ${gi + 1}, người ${mi + 1})`}>
                {(id) => (
                  <input
                    id={id}
                    aria-label={`Danh xưng (nhóm ${gi + 1}, người ${mi + 1})`}
                    type="text"
                    list="person-title-presets"
                    value={mem.title}
                    spellCheck={false}
                    onChange={(e) => {
                      const v = e.target.value;
                      setMember(mi, 'title', (x) => void (x.kind === 'person' && (x.title = v)));
                    }}
                  />
                )}
              </Labeled>
              <SelectField<Attendance>
                className="m-status"
                shown="Tình trạng"
                label={`Tình trạng (nhóm ${gi + 1}, người ${mi + 1})`}
                value={mem.attendance}
                options={optionsOf(ATTENDANCE_LABELS)}
                onChange={(v) => setMember(mi, 'attendance', (x) => void (x.kind === 'person' && (x.attendance = v)))}
              />
              <ItemControls
                draggable
                compact
                index={mi}
                count={g.members.length}
                noun={`thành viên nhóm ${gi + 1}, mục`}
                onMove={moveMember}
                onRemove={() => edit('', (d) => void d.attendeeGroups[gi]!.members.splice(mi, 1))}
              />
              {(mem.attendance === 'excused' || mem.attendance === 'absent') && (
                <TextField
                  label={`Lý do vắng (nhóm ${gi + 1}, người ${mi + 1})`}
                  placeholder="VD: đi công tác"
                  hint="Biên bản ghi: (vắng: lý do)."
                  field={`attendeeGroups.${gi}.members.${mi}.absenceReason`}
                  value={mem.absenceReason}
                  onChange={(v) =>
                    setMember(mi, 'absenceReason', (x) => void (x.kind === 'person' && (x.absenceReason = v)))
                  }
                />
              )}
              {mem.attendance === 'delegate' && (
                <TextField
                  label={`Người dự thay (nhóm ${gi + 1}, người ${mi + 1})`}
                  value={mem.delegateName}
                  onChange={(v) =>
                    setMember(mi, 'delegateName', (x) => void (x.kind === 'person' && (x.delegateName = v)))
                  }
                />
              )}
              {mem.minutesLine === null ? (
                <button
                  type="button"
                  className="small member-line-edit"
                  aria-label={`Sửa dòng in trong biên bản (nhóm ${gi + 1}, người ${mi + 1})`}
                  onClick={() =>
                    setMember(
                      mi,
                      'minutesLine',
                      (x) => void (x.kind === 'person' && (x.minutesLine = minutesMemberPhrase(mem, profile))),
                    )
                  }
                >
                  Sửa dòng in
                </button>
              ) : (
                <PhraseArea
                  className="member-line"
                  label={`Dòng in trong biên bản (nhóm ${gi + 1}, người ${mi + 1})`}
                  rows={1}
                  typed={mem.minutesLine}
                  generated={() => minutesMemberPhrase({ ...mem, minutesLine: null }, profile)}
                  onChange={(v) =>
                    setMember(mi, 'minutesLine', (x) => void (x.kind === 'person' && (x.minutesLine = v)))
                  }
                />
              )}
            </div>
          ) : (
            <div className="member phrase">
              <TextArea
                label={`Cụm thành phần (nhóm ${gi + 1}, mục ${mi + 1})`}
                field={`attendeeGroups.${gi}.members.${mi}.text`}
                rows={2}
                placeholder="VD: Trưởng các đơn vị: phòng Nội vụ, VPQU..."
                value={mem.text}
                onChange={(v) => setMember(mi, 'text', (x) => void (x.kind === 'phrase' && (x.text = v)))}
              />
              <ItemControls
                draggable
                index={mi}
                count={g.members.length}
                noun={`thành viên nhóm ${gi + 1}, mục`}
                onMove={moveMember}
                onRemove={() => edit('', (d) => void d.attendeeGroups[gi]!.members.splice(mi, 1))}
              />
            </div>
          )}
        </div>
      ))}
      {paste && (
        <AttendeePasteReview
          where={`nhóm ${gi + 1}`}
          text={paste.text}
          onText={(text) => setPaste({ ...paste, text })}
          onAccept={(people) => takePaste(people, paste.at)}
          onCancel={() => setPaste(null)}
        />
      )}
      <div className="actions">
        <small className="hint">
          <kbd>Enter</kbd> trong một dòng: thêm người ngay dưới; <kbd>Tab</kbd>: sang ô kế tiếp; dán (<kbd>Ctrl</kbd>+
          <kbd>V</kbd>) cả danh sách vào ô họ tên để thêm nhiều người một lần.
        </small>
        <button type="button" onClick={() => addMember(g.members.length, 'person')}>
          Thêm người vào nhóm {gi + 1}
        </button>
        <button type="button" onClick={() => setPaste({ text: '', at: g.members.length })}>
          Dán danh sách vào nhóm {gi + 1}
        </button>
        <button type="button" onClick={() => addMember(g.members.length, 'phrase')}>
          Thêm cụm thành phần vào nhóm {gi + 1}
        </button>
      </div>
    </div>
  );
});

function AttendeesSectionView({
  m,
  edit,
  directory,
  profiles,
}: SectionProps & Dir & { profiles: readonly FormatProfile[] }) {
  const profile = editorProfile(m, profiles);
  const moveGroup = (from: number, to: number) =>
    edit('', (d) => void (d.attendeeGroups = moveItem(d.attendeeGroups, from, to)));
  const [preset, setPreset] = useState<string>(GROUP_LABEL_PRESETS[0]);
  return (
    <Card title="Thành phần tham dự" id="sec-attendees" field="attendeeGroups">
      <datalist id="person-title-presets">
        {TITLE_PRESETS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <datalist id="group-label-presets">
        {GROUP_LABEL_PRESETS.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {m.attendeeGroups.length === 0 && (
        <p className="hint">Chưa có nhóm nào. Thêm nhóm “Cùng dự có” hoặc “Về phía ...”.</p>
      )}
      {m.attendeeGroups.map((g, gi) => (
        <div key={g.id} className="item">
          <div className="item-head">
            <span className="title">Nhóm {gi + 1}</span>
            <ItemControls
              index={gi}
              count={m.attendeeGroups.length}
              noun="nhóm"
              onMove={moveGroup}
              onRemove={() => edit('', (d) => void d.attendeeGroups.splice(gi, 1))}
            />
          </div>
          <GroupEditor g={g} edit={edit} directory={directory} gi={gi} profile={profile} />
        </div>
      ))}
      <div className="row">
        <Labeled label="Nhãn nhóm mới">
          {(id) => (
            <select id={id} value={preset} onChange={(e) => setPreset(e.target.value)}>
              {GROUP_LABEL_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Labeled>
        <button
          type="button"
          onClick={() => {
            const label = preset === 'Về phía ...' && m.host ? `Về phía ${m.host}, có` : preset;
            addThenFocus(
              () => edit('', (d) => void d.attendeeGroups.push(newGroup(label))),
              `attendeeGroups.${m.attendeeGroups.length}.heading`,
            );
          }}
        >
          Thêm nhóm
        </button>
      </div>
    </Card>
  );
}

function PersonPicker(props: {
  role: 'presiding' | 'secretary';
  label: string;
  m: Meeting;
  edit: Edit;
  directory: readonly DirectoryEntry[];
}) {
  const { role, m, edit } = props;
  const p = m[role];
  // The attendees to pick from (the two roles themselves left out).
  const people = peopleOf({
    attendeeGroups: m.attendeeGroups,
    presiding: { ...p, name: '' },
    secretary: { ...p, name: '' },
  }).filter((x) => x.name.trim());
  const set = (key: keyof PersonRef, v: string) => edit(`${role}.${key}`, (d) => void (d[role][key] = v));
  // Picked by typing: the meeting's attendees come first among the suggestions, then the directory.
  const attendees = new Set(people.map((x) => foldVietnamese(x.name)));
  const candidates: DirectoryEntry[] = [
    ...people.map((x, i) => ({
      id: `attendee-${i}`,
      name: x.name,
      position: x.position,
      unit: x.unit,
      title: x.title,
      useCount: Number.MAX_SAFE_INTEGER,
      lastUsedAt: '',
    })),
    ...props.directory.filter((e) => !attendees.has(foldVietnamese(e.name))),
  ];
  return (
    <div className="item">
      <h3>{props.label}</h3>
      <div className="grid">
        <SuggestInput
          grow
          label={`Họ tên ${props.label.toLowerCase()}`}
          placeholder="Gõ vài chữ của tên để chọn người dự họp"
          field="name"
          dataField={`${role}.name`}
          directory={candidates}
          value={p.name}
          onChange={(v) => set('name', v)}
          onPick={(entry) =>
            edit(
              '',
              (d) =>
                void (d[role] = {
                  name: entry.name,
                  position: entry.position,
                  unit: entry.unit,
                  title: entry.title || 'đồng chí',
                }),
            )
          }
        />
        <TextField
          grow
          label={`Chức vụ ${props.label.toLowerCase()}`}
          value={p.position}
          onChange={(v) => set('position', v)}
        />
        <TextField grow label={`Đơn vị ${props.label.toLowerCase()}`} value={p.unit} onChange={(v) => set('unit', v)} />
        <TextField label={`Danh xưng ${props.label.toLowerCase()}`} value={p.title} onChange={(v) => set('title', v)} />
      </div>
    </div>
  );
}

function ChairSectionView({ m, edit, directory }: SectionProps & Dir) {
  return (
    <Card title="Chủ trì và thư ký" id="sec-chair">
      <PersonPicker role="presiding" label="Người chủ trì" m={m} edit={edit} directory={directory} />
      <PersonPicker role="secretary" label="Thư ký" m={m} edit={edit} directory={directory} />
    </Card>
  );
}

export const AttendeesSection = sectionOf(AttendeesSectionView, ['attendeeGroups', 'host', 'profile']);

export const ChairSection = sectionOf(ChairSectionView, ['presiding', 'secretary', 'attendeeGroups']);
