/** The preview resolves the meeting's profile as the export does: a missing one is said, never replaced. */
import { renderToStaticMarkup } from 'react-dom/server';
import { PreviewPane } from '../../src/renderer/editor/PreviewPane';
import { ND30_2020 } from '../../src/shared/profile/builtin';
import { resolveProfile } from '../../src/shared/profile/resolve';
import type { FormatProfile } from '../../src/shared/profile/schema';
import { seedMeeting } from '../fixtures/storage/helpers';

const office: FormatProfile = {
  ...ND30_2020,
  id: 'nd30-vp-huyen',
  name: 'Văn phòng huyện',
  version: 2,
  builtIn: false,
};

function preview(profile: { id: string; version: number }, profiles: readonly FormatProfile[] = []): string {
  const meeting = { ...seedMeeting(), profile };
  const noop = () => undefined;
  return renderToStaticMarkup(
    <PreviewPane meeting={meeting} kind="notice" profiles={profiles} zoom={1} onZoom={noop} onHide={noop} />,
  );
}

it("shows the export's refusal for a missing profile instead of drawing the Party format", () => {
  const html = preview({ id: 'hd36-tinh-uy', version: 1 });
  const r = resolveProfile({ id: 'hd36-tinh-uy', version: 1 });
  expect(r.ok).toBe(false);
  expect(html).toContain(!r.ok && r.message.replaceAll('"', '&quot;'));
  expect(html).toContain('Không dùng được thể thức &quot;hd36-tinh-uy&quot;');
  expect(html).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
});

it('draws a library profile and says when the meeting was drafted with an older version of it', () => {
  const html = preview({ id: office.id, version: 1 }, [office]);
  expect(html).toContain('Văn phòng huyện');
  expect(html).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  expect(html).toContain('đã được sửa sau khi soạn cuộc họp (phiên bản 1 thành 2)');
  expect(html).not.toContain('role="alert"');
});
