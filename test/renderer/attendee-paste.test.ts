import { describe, expect, it } from 'vitest';
import { isAttendeeList, parseAttendeeList } from '../../src/renderer/lib/attendeePaste';

describe('parseAttendeeList', () => {
  it('reads a running list: honorific as title, name before the dash, the position as written', () => {
    const text =
      'đồng chí Trần Đình Cảnh - TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy; đồng chí Nguyễn Thanh Minh - Phó trưởng Ban Tổ chức Thành uỷ.';
    expect(parseAttendeeList(text)).toEqual([
      {
        name: 'Trần Đình Cảnh',
        position: 'TUV, Phó trưởng ban thường trực Ban Tổ chức Thành ủy',
        unit: '',
        title: 'đồng chí',
      },
      { name: 'Nguyễn Thanh Minh', position: 'Phó trưởng Ban Tổ chức Thành uỷ', unit: '', title: 'đồng chí' },
    ]);
  });

  it('reads one person a line, numbered, with Đ/c, ông, bà and en dashes', () => {
    const text =
      '1. Đ/c Lê Văn Hùng – Chủ tịch UBND xã\n2. Ông Phạm Quốc Toản - Công chức Địa chính\n3. Bà Hoàng Thị Lan';
    expect(parseAttendeeList(text)).toEqual([
      { name: 'Lê Văn Hùng', position: 'Chủ tịch UBND xã', unit: '', title: 'đồng chí' },
      { name: 'Phạm Quốc Toản', position: 'Công chức Địa chính', unit: '', title: 'ông' },
      { name: 'Hoàng Thị Lan', position: '', unit: '', title: 'bà' },
    ]);
  });

  it('reads a Word or Excel table by its header, in any column order', () => {
    const text =
      'STT\tĐơn vị\tHọ và tên\tChức vụ\r\n1\tỦy ban nhân dân xã Minh Phú\tNguyễn Văn An\tChủ tịch\r\n2\tVăn phòng HĐND và UBND\tTrần Thị Bình\tChánh Văn phòng\r\n';
    expect(parseAttendeeList(text)).toEqual([
      { name: 'Nguyễn Văn An', position: 'Chủ tịch', unit: 'Ủy ban nhân dân xã Minh Phú', title: '' },
      { name: 'Trần Thị Bình', position: 'Chánh Văn phòng', unit: 'Văn phòng HĐND và UBND', title: '' },
    ]);
  });

  it('reads table rows without a header: STT, name, position, unit', () => {
    const text = '1\tNguyễn Văn An\tChủ tịch\tUBND xã\n2\tTrần Thị Bình\tPhó Chủ tịch\tUBND xã';
    expect(parseAttendeeList(text).map((p) => [p.name, p.position, p.unit])).toEqual([
      ['Nguyễn Văn An', 'Chủ tịch', 'UBND xã'],
      ['Trần Thị Bình', 'Phó Chủ tịch', 'UBND xã'],
    ]);
  });

  it('tells a list from a single name', () => {
    expect(isAttendeeList('Nguyễn Văn An')).toBe(false);
    expect(isAttendeeList('Nguyễn Văn An - Chủ tịch UBND xã')).toBe(false);
    expect(isAttendeeList('A - x; B - y')).toBe(true);
    expect(isAttendeeList('A\tx\nB\ty')).toBe(true);
  });
});
