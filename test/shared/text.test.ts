import fc from 'fast-check';
import {
  cleanDeep,
  cleanText,
  foldVietnamese,
  formatClockTime,
  formatDocNumber,
  formatOfficialDate,
  formatPlaceDate,
  formatShortDate,
  isIsoDate,
  lowerFirst,
  nfc,
  padDocNumber,
  parseClockTime,
  parseVietnameseDate,
  stripXmlForbidden,
  upperFirst,
  upperVi,
  withClosingMark,
} from '../../src/shared/text/vietnamese';

describe('official dates', () => {
  it.each([
    ['2021-02-05', 'ngày 05 tháng 02 năm 2021'],
    ['2021-02-23', 'ngày 23 tháng 02 năm 2021'],
    ['2021-01-05', 'ngày 05 tháng 01 năm 2021'],
    ['2021-06-29', 'ngày 29 tháng 6 năm 2021'],
    ['2021-12-03', 'ngày 03 tháng 12 năm 2021'],
    ['2024-10-14', 'ngày 14 tháng 10 năm 2024'],
    ['2024-03-10', 'ngày 10 tháng 3 năm 2024'],
  ])('%s reads %s', (iso, text) => {
    expect(formatOfficialDate(iso)).toBe(text);
  });

  it('leaves the blanks of an official form when the date is unknown, never a made-up date', () => {
    for (const missing of ['', null, undefined, '2021-02-30', '23/02/2021']) {
      expect(formatOfficialDate(missing)).toMatch(/^ngày\s+tháng\s+năm\s+$/);
    }
  });

  it('puts the place before the date, capitalising the date when there is no place', () => {
    expect(formatPlaceDate('Hà Nội', '2021-02-25')).toBe('Hà Nội, ngày 25 tháng 02 năm 2021');
    expect(formatPlaceDate('  ', '2021-02-25')).toBe('Ngày 25 tháng 02 năm 2021');
  });

  it('writes the short running-text form with two-digit day and month', () => {
    expect(formatShortDate('2021-02-23')).toBe('23/02/2021');
    expect(formatShortDate('2021-12-03')).toBe('03/12/2021');
    expect(formatShortDate('')).toBe('');
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2021-04-31')).toBe(false);
    expect(isIsoDate('2021-13-01')).toBe(false);
    expect(isIsoDate('2021-2-3')).toBe(false);
  });

  it('formats every real date with the leading-zero rule', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1945-09-02'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
        const text = formatOfficialDate(iso);
        const parts = /^ngày (\d+) tháng (\d+) năm (\d{4})$/.exec(text);
        expect(parts).not.toBeNull();
        expect(Number(parts![1])).toBe(day);
        expect(Number(parts![2])).toBe(m);
        expect(Number(parts![3])).toBe(y);
        expect(parts![1]!.length).toBe(day < 10 ? 2 : String(day).length);
        expect(parts![2]!.length).toBe(m <= 2 ? 2 : String(m).length);
      }),
    );
  });

  it('writes clock times as `11 giờ 30 phút`', () => {
    expect(formatClockTime('11:30')).toBe('11 giờ 30 phút');
    expect(formatClockTime('08:00')).toBe('08 giờ 00 phút');
    expect(formatClockTime('14:05')).toBe('14 giờ 05 phút');
    expect(formatClockTime('')).toBe('');
  });
});

describe('document numbers', () => {
  it('uses the state style `Số: 05/TB-UBND`', () => {
    expect(formatDocNumber('nd30', '5', 'TB', 'UBND')).toBe('Số: 05/TB-UBND');
    expect(formatDocNumber('nd30', '125', 'BB', 'VP')).toBe('Số: 125/BB-VP');
  });

  it('uses the Party style `Số 15-TB/BTCTU` (no colon)', () => {
    expect(formatDocNumber('hd36', '15', 'TB', 'BTCTU')).toBe('Số 15-TB/BTCTU');
    expect(formatDocNumber('hd36', '7', 'TB', 'BTCTU')).toBe('Số 07-TB/BTCTU');
  });

  it('leaves an unassigned number blank instead of inventing one', () => {
    expect(formatDocNumber('nd30', '', 'TB', 'VP')).toMatch(/^Số: {2,}\/TB-VP$/);
    expect(formatDocNumber('hd36', '  ', 'TB', 'BTCTU')).toMatch(/^Số {2,}-TB\/BTCTU$/);
    expect(formatDocNumber('nd30', '', 'TB', 'VP')).not.toMatch(/\d/);
  });

  it('pads only single digits', () => {
    expect(padDocNumber('0')).toBe('00');
    expect(padDocNumber('9')).toBe('09');
    expect(padDocNumber('10')).toBe('10');
    expect(padDocNumber(' 3 ')).toBe('03');
  });
});

describe('clean text', () => {
  const nfdName = 'Vũ Đức Bảo'.normalize('NFD');

  it('turns decomposed (NFD) input into precomposed NFC', () => {
    expect(nfdName).not.toBe('Vũ Đức Bảo');
    expect(nfc(nfdName)).toBe('Vũ Đức Bảo');
    expect(cleanText(nfdName)).toBe('Vũ Đức Bảo');
  });

  it('strips characters XML forbids but keeps tab, new line and Vietnamese', () => {
    expect(stripXmlForbidden('Long\u0000 Bi\u000Bên\u001F\uFFFE\uFFFF')).toBe('Long Biên');
    expect(stripXmlForbidden('a\tb\nc\rd')).toBe('a\tb\nc\rd');
    expect(stripXmlForbidden('x\uD800y\uDC00z')).toBe('xyz');
    expect(stripXmlForbidden('emoji 😀 ok')).toBe('emoji 😀 ok');
  });

  it('never leaves a forbidden character in any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = cleanText(s);
        expect(out).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(encodeURIComponent(out)).toBeTypeOf('string'); // throws URIError on a lone surrogate
        expect(cleanText(out)).toBe(out);
      }),
    );
  });

  it('cleans every string inside nested data and keeps other values', () => {
    const input = { a: [nfdName, 1, null, { b: 'x\u0007y', c: true }] };
    expect(cleanDeep(input)).toEqual({ a: ['Vũ Đức Bảo', 1, null, { b: 'xy', c: true }] });
  });
});

describe('accent folding for search', () => {
  it.each([
    ['Long Biên', 'long bien'],
    ['Đ', 'd'],
    ['đồng chí Đỗ Minh Châu', 'dong chi do minh chau'],
    ['  Ban   Tổ chức\nThành ủy ', 'ban to chuc thanh uy'],
    ['Thành uỷ'.normalize('NFD'), 'thanh uy'],
    ['\u00D0à Nẵng', 'da nang'],
  ])('%j folds to %j', (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it('folds every Vietnamese letter to plain ASCII', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    const all = letters + letters.toLocaleUpperCase('vi-VN');
    expect(foldVietnamese(all)).toMatch(/^[a-z]+$/);
  });
});

describe('case and closing mark', () => {
  it('upper-cases Vietnamese for headings', () => {
    expect(upperVi('Ủy ban nhân dân quận Long Biên')).toBe('ỦY BAN NHÂN DÂN QUẬN LONG BIÊN');
    expect(upperVi('đồng chí')).toBe('ĐỒNG CHÍ');
  });

  it('changes only the first letter', () => {
    expect(lowerFirst('Kết luận của đồng chí Vũ Đức Bảo')).toBe('kết luận của đồng chí Vũ Đức Bảo');
    expect(upperFirst('kết luận')).toBe('Kết luận');
    expect(lowerFirst('')).toBe('');
  });

  it('ends the last sentence with `./.` exactly once', () => {
    expect(withClosingMark('biết, thực hiện')).toBe('biết, thực hiện./.');
    expect(withClosingMark('biết, thực hiện.')).toBe('biết, thực hiện./.');
    expect(withClosingMark('biết, thực hiện./.  ')).toBe('biết, thực hiện./.');
    expect(withClosingMark('biết, thực hiện;')).toBe('biết, thực hiện./.');
    expect(withClosingMark('')).toBe('');
  });
});

describe('dates and times as a Vietnamese secretary types them', () => {
  it('reads day-first dates in the usual separators, and refuses impossible or incomplete ones', () => {
    expect(parseVietnameseDate('23/02/2021')).toBe('2021-02-23');
    expect(parseVietnameseDate('5/2/2021')).toBe('2021-02-05');
    expect(parseVietnameseDate(' 05-02-2021 ')).toBe('2021-02-05');
    expect(parseVietnameseDate('5.2.2021')).toBe('2021-02-05');
    expect(parseVietnameseDate('')).toBe('');
    expect(parseVietnameseDate('23/02/20')).toBeNull();
    expect(parseVietnameseDate('30/02/2021')).toBeNull();
    expect(parseVietnameseDate('02/23/2021')).toBeNull();
  });

  it('round-trips with the short date the field shows', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseVietnameseDate(formatShortDate(iso))).toBe(iso);
      }),
    );
  });

  it('reads 24-hour times written with a colon, h, g or giờ', () => {
    expect(parseClockTime('08:00')).toBe('08:00');
    expect(parseClockTime('8:00')).toBe('08:00');
    expect(parseClockTime('8h30')).toBe('08:30');
    expect(parseClockTime('14g')).toBe('14:00');
    expect(parseClockTime('8 giờ 30 phút')).toBe('08:30');
    expect(parseClockTime('')).toBe('');
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('8:6')).toBeNull();
    expect(parseClockTime('8')).toBeNull();
  });
});
