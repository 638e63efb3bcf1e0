import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { resolveProfile } from '../../src/shared/profile/resolve';
import type { FormatProfile } from '../../src/shared/profile/schema';

const office: FormatProfile = {
  ...ND30_2020,
  id: 'nd30-vp-huyen',
  name: 'Văn phòng huyện',
  version: 3,
  builtIn: false,
};

describe('resolveProfile', () => {
  it('finds a built-in without a library and a library copy by its id', () => {
    expect(resolveProfile({ id: 'hd36-2018', version: 1 })).toEqual({ ok: true, profile: HD36_2018 });
    expect(resolveProfile({ id: 'nd30-vp-huyen', version: 3 }, [office])).toEqual({ ok: true, profile: office });
  });

  it('never lets a library copy stand in for a built-in of the same id', () => {
    const forged = { ...office, id: 'hd36-2018', version: 1 };
    expect(resolveProfile({ id: 'hd36-2018', version: 1 }, [forged])).toEqual({ ok: true, profile: HD36_2018 });
  });

  it('says a missing profile is missing, naming it, instead of using another one', () => {
    const r = resolveProfile({ id: 'hd36-tinh-uy', version: 2 }, [office]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.reason).toBe('missing');
    expect(r.message).toContain('Không có thể thức "hd36-tinh-uy" mà cuộc họp này dùng');
    expect(r.message).toContain('chọn thể thức khác');
  });

  it('refuses a meeting drafted with a newer version than this computer has', () => {
    const copy = resolveProfile({ id: 'nd30-vp-huyen', version: 4 }, [office]);
    expect(copy).toMatchObject({ ok: false, reason: 'newer_version' });
    if (copy.ok) return;
    expect(copy.message).toContain('phiên bản 4, mới hơn phiên bản 3 có trên máy này');
    expect(copy.message).toContain('chép bản thể thức "nd30-vp-huyen" mới hơn');

    const builtIn = resolveProfile({ id: 'nd30-2020', version: 2 });
    expect(builtIn).toMatchObject({ ok: false, reason: 'newer_version' });
    if (builtIn.ok) return;
    expect(builtIn.message).toContain('cập nhật ứng dụng Biên Bản');
  });

  it('uses the current version for an older one and explains the difference', () => {
    const copy = resolveProfile({ id: 'nd30-vp-huyen', version: 1 }, [office]);
    expect(copy).toMatchObject({ ok: true, profile: office });
    expect(copy.ok && copy.note).toBe(
      'Thể thức "Văn phòng huyện" đã được sửa sau khi soạn cuộc họp (phiên bản 1 thành 3); văn bản được trình bày theo phiên bản hiện tại.',
    );

    // Built-ins are all at version 1 today; a version-0 reference stands for one drafted before an update.
    const older = resolveProfile({ id: 'hd36-2018', version: 0 });
    expect(older.ok && older.note).toContain('đã cập nhật thể thức đó lên phiên bản 1');
  });

  it('checks no version when a profile is chosen by id for one export', () => {
    expect(resolveProfile({ id: 'nd30-vp-huyen' }, [office])).toEqual({ ok: true, profile: office });
  });
});
