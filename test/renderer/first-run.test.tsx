/** The first-run question shows the office's format and issuing body, and warns when they do not fit each other. */
import { renderToStaticMarkup } from 'react-dom/server';
import { FirstRunDialog } from '../../src/renderer/settings/FirstRunDialog';
import { Settings } from '../../src/shared/model/library';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';

const render = (s: Settings) =>
  renderToStaticMarkup(<FirstRunDialog settings={s} profiles={[HD36_2018, ND30_2020]} onDone={() => undefined} />);

it('asks in Vietnamese, can be skipped, and says nothing while the body is unknown', () => {
  const html = render(Settings.parse({}));
  for (const text of [
    'Thiết lập cho văn phòng',
    'Thể thức mặc định',
    'Tên cơ quan ban hành',
    'Bỏ qua',
    'Lưu và bắt đầu',
  ])
    expect(html).toContain(text);
  expect(html).not.toContain('class="warning"');
});

it('warns about a state body kept in the Party format', () => {
  const html = render(
    Settings.parse({ defaultProfileId: 'hd36-2018', defaultIssuer: { name: 'ỦY BAN NHÂN DÂN XÃ MINH PHÚ' } }),
  );
  expect(html).toContain(
    '&quot;ỦY BAN NHÂN DÂN XÃ MINH PHÚ&quot; là cơ quan nhà nước nhưng văn bản đang theo thể thức của Đảng',
  );
});
