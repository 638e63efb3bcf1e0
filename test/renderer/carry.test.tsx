/** "Phiên tiếp theo" lists the open tasks to choose from, and the editor shows a carried task as carried. */
import { produce } from 'immer';
import { renderToStaticMarkup } from 'react-dom/server';
import { ConclusionsSection } from '../../src/renderer/editor/ConclusionsSection';
import { outlineNames } from '../../src/renderer/lib/carry';
import { CarryTasksDialog } from '../../src/renderer/library/CarryTasksDialog';
import { openTasks } from '../../src/shared/model/meeting';
import { seedMeeting } from '../fixtures/storage/helpers';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';

const from = produce(seedMeeting(), (d) => {
  openTasks(d)[0]!.task.status = 'done';
});
const [done] = openTasks(seedMeeting());

it('offers every open task, and only those, each checked and named by its text', () => {
  const html = renderToStaticMarkup(
    <CarryTasksDialog from={from} onConfirm={() => undefined} onCancel={() => undefined} />,
  );
  const open = openTasks(from);
  expect(html).toContain(`Phiên ngày 23/02/2021 còn ${open.length} nhiệm vụ chưa hoàn thành`);
  expect(html.match(/type="checkbox"/g)).toHaveLength(open.length);
  expect(html.match(/checked=""/g)).toHaveLength(open.length);
  expect(html).not.toContain(done!.text.slice(0, 40));
  expect(html).toContain(`Tạo phiên tiếp theo (${open.length} nhiệm vụ)`);
  // Each is named where the editor shows it in the outline.
  const names = outlineNames(from);
  for (const t of open) expect(html).toContain(`<strong>${names.get(t.id)}</strong>`);
  expect([...names.values()]).toContain('Mục 1, phần 1');
});

it('marks a carried task “chuyển từ phiên ngày …” in the editor', () => {
  const m = produce(seedMeeting(), (d) => {
    openTasks(d)[1]!.task.carriedFrom = { meetingId: 'long-bien', date: '2021-02-23' };
  });
  const View = ConclusionsSection.view;
  const html = renderToStaticMarkup(
    <View m={m} edit={() => undefined} kind="notice" profiles={[HD36_2018, ND30_2020]} />,
  );
  expect(html.match(/chuyển từ phiên ngày 23\/02\/2021/g)).toHaveLength(1);
});
