/**
 * checkOfficialDocx: every rule of /work/shared/spec/official-format.md that the DOCX XML shows,
 * returned as a list of violations in Vietnamese (empty = the file is in official format).
 * Self-contained: the end-to-end test runs it on the file the UI exported.
 */
import type { DocumentKind, Meeting } from '../../src/shared/model/meeting';
import type { FormatProfile, TextStyle } from '../../src/shared/profile/schema';
import { estimateTextWidthTwip } from '../../src/shared/layout/textWidth';
import { mmToTwip } from '../../src/shared/layout/units';
import { cleanText, formatDocNumber, formatPlaceDate } from '../../src/shared/text/vietnamese';
import type { ParagraphInfo, XNode } from './docx';
import {
  all,
  attr,
  bodyElements,
  child,
  kids,
  paragraphInfo,
  parseXml,
  readDocx,
  tagOf,
  textOf,
  xmlProblems,
} from './docx';

export interface CheckOptions {
  kind: DocumentKind;
  profile: FormatProfile;
  meeting: Meeting;
}

/** The text a user typed, as any document must print it: NFC, no XML-forbidden characters, trimmed. */
const clean = (s: string) => cleanText(s).trim();
const upper = (s: string) => clean(s).toLocaleUpperCase('vi-VN');

const SIDES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const;
const NO_LINE = new Set(['none', 'nil']);

export function checkOfficialDocx(bytes: Uint8Array, { kind, profile, meeting }: CheckOptions): string[] {
  const v: string[] = [];
  const fail = (msg: string) => v.push(msg);
  let parts;
  try {
    parts = readDocx(bytes);
  } catch (e) {
    return [`Không giải nén được tệp DOCX: ${String(e)}`];
  }
  const bad = xmlProblems(parts);
  if (bad.length) return bad.map((b) => `XML không hợp lệ: ${b}`);
  if (!parts.document) return ['Thiếu word/document.xml'];

  const family = profile.font.family;
  const lang = profile.font.lang;
  const textWidth = profile.page.widthTwip - mmToTwip(profile.page.marginLeftMm) - mmToTwip(profile.page.marginRightMm);

  // ---- page, section, page numbers
  const elements = bodyElements(parts.document);
  const sect = elements.find((e) => tagOf(e) === 'w:sectPr');
  if (!sect) fail('Thiếu w:sectPr (thuộc tính trang).');
  const pgSz = child(sect, 'w:pgSz');
  if (attr(pgSz, 'w:w') !== String(profile.page.widthTwip) || attr(pgSz, 'w:h') !== String(profile.page.heightTwip))
    fail(
      `Khổ giấy phải là ${profile.page.widthTwip} x ${profile.page.heightTwip} twip (A4), đang là ${attr(pgSz, 'w:w')} x ${attr(pgSz, 'w:h')}.`,
    );
  if (attr(pgSz, 'w:orient') === 'landscape') fail('Trang phải in dọc.');
  const pgMar = child(sect, 'w:pgMar');
  const margins = {
    top: profile.page.marginTopMm,
    bottom: profile.page.marginBottomMm,
    left: profile.page.marginLeftMm,
    right: profile.page.marginRightMm,
  };
  for (const [side, mm] of Object.entries(margins)) {
    if (attr(pgMar, `w:${side}`) !== String(mmToTwip(mm)))
      fail(`Lề ${side} phải là ${mmToTwip(mm)} twip (${mm} mm), đang là ${attr(pgMar, `w:${side}`)}.`);
  }
  const rels = parseXml(parts.xml['word/_rels/document.xml.rels'] ?? '');
  const relTarget = (id: string | undefined) => all(rels, 'Relationship').find((r) => attr(r, 'Id') === id);
  const headerXml = (type: string) => {
    const ref = kids(sect, 'w:headerReference').find((h) => attr(h, 'w:type') === type);
    const target = attr(relTarget(attr(ref, 'r:id')), 'Target');
    return target ? parts.xml[`word/${target.replace(/^\/?word\//, '')}`] : undefined;
  };
  const defaultHeader = headerXml('default');
  if (!defaultHeader) fail('Thiếu đầu trang mặc định chứa số trang.');
  else {
    const hasPage = /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/.test(defaultHeader);
    if (!hasPage) fail('Đầu trang mặc định phải có trường PAGE (số trang).');
    const hp = all(parseXml(defaultHeader), 'w:p').map(paragraphInfo);
    const numP = hp.find((p) => /PAGE/.test(JSON.stringify(p.node)));
    if (numP && numP.align !== 'center') fail('Số trang phải căn giữa.');
    const sizes = numP ? all(numP.node, 'w:sz').map((s) => Number(attr(s, 'w:val'))) : [];
    if (!sizes.includes(profile.pageNumber.sizePt * 2)) fail(`Số trang phải cỡ ${profile.pageNumber.sizePt} pt.`);
  }
  if (!profile.pageNumber.firstPage) {
    if (!child(sect, 'w:titlePg')) fail('Thiếu titlePg: trang 1 phải không có số trang.');
    const first = headerXml('first');
    if (first === undefined) fail('Thiếu đầu trang riêng cho trang 1 (trống).');
    else if (/PAGE/.test(first) || textOf(parseXml(first)[0] ?? {}).trim()) fail('Đầu trang của trang 1 phải trống.');
  }

  // ---- fonts and language everywhere
  const stylesTree = parseXml(parts.styles);
  const defaults = all(stylesTree, 'w:docDefaults')[0];
  const defFonts = defaults ? all(defaults, 'w:rFonts')[0] : undefined;
  for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
    if (attr(defFonts, `w:${slot}`) !== family) fail(`Phông mặc định (${slot}) phải là ${family}.`);
  }
  const defLang = defaults ? all(defaults, 'w:lang')[0] : undefined;
  if (attr(defLang, 'w:val') !== lang) fail(`Ngôn ngữ mặc định phải là ${lang}.`);
  for (const [path, xml] of Object.entries(parts.xml)) {
    if (!/^word\/(document|styles|header\d*|footer\d*)\.xml$/.test(path)) continue;
    for (const f of all(parseXml(xml), 'w:rFonts')) {
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
        const val = attr(f, `w:${slot}`);
        if (val !== undefined && val !== family) fail(`${path}: phông ${slot} = ${val}, phải là ${family}.`);
      }
      if (path !== 'word/styles.xml' && Object.keys((f[':@'] as object) ?? {}).some((k) => /Theme$/.test(k)))
        fail(`${path}: phông theo chủ đề (theme), phải là ${family}.`);
    }
    for (const l of all(parseXml(xml), 'w:lang')) {
      const val = attr(l, 'w:val');
      if (val !== undefined && val !== lang && path !== 'word/styles.xml')
        fail(`${path}: ngôn ngữ ${val}, phải là ${lang}.`);
    }
  }
  const body = elements.filter((e) => tagOf(e) !== 'w:sectPr');
  for (const p of all(body, 'w:r')) {
    if (!textOf(p)) continue;
    const f = all(p, 'w:rFonts')[0];
    for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) {
      if (attr(f, `w:${slot}`) !== family) {
        fail(`Đoạn chữ "${textOf(p).slice(0, 30)}" thiếu phông ${family} ở ô ${slot}.`);
        break;
      }
    }
    const l = all(p, 'w:lang')[0];
    if (attr(l, 'w:val') !== lang) fail(`Đoạn chữ "${textOf(p).slice(0, 30)}" thiếu w:lang ${lang}.`);
  }

  // ---- tables: borderless, fixed, DXA widths in grid and every cell, never last
  const tables = body.filter((e) => tagOf(e) === 'w:tbl');
  for (const [i, t] of tables.entries()) checkTable(t, i + 1, fail);
  if (body.length && tagOf(body[body.length - 1]!) === 'w:tbl')
    fail('Bảng không được là phần tử cuối cùng của thân văn bản.');

  // ---- header block
  const headerTbl = tables[0];
  if (!headerTbl || tagOf(body[0]!) !== 'w:tbl') {
    fail('Văn bản phải mở đầu bằng bảng tiêu đề hai cột (không viền).');
    return v;
  }
  const [leftCell, rightCell] = cellsOf(headerTbl);
  const leftPs = leftCell ? all(leftCell, 'w:p').map(paragraphInfo) : [];
  const rightPs = rightCell ? all(rightCell, 'w:p').map(paragraphInfo) : [];
  const h = profile.header;
  // A name is compared with its typed line breaks read as spaces: it may print on several lines.
  const oneLine = (s: string) => upper(s.replace(/\s*\r?\n\s*/g, ' '));
  const issuerName = oneLine(meeting.issuer.name);
  const parent = oneLine(meeting.issuer.parentBody);
  if (parent) {
    const parentLines = leftPs.filter((p) => p.runs.some((r) => r.text) && parent.includes(p.text));
    const pp =
      parentLines.map((p) => p.text).join(' ') === parent ? parentLines[0] : leftPs.find((p) => p.text === parent);
    if (!pp) fail(`Thiếu tên cơ quan chủ quản "${parent}" (chữ in hoa) ở cột trái.`);
    else checkStyle(pp, h.parentBody, 'Tên cơ quan chủ quản', fail);
  }
  // The name may be set on one line or split over consecutive lines.
  let nameLines: ParagraphInfo[] = [];
  for (let i = 0; i < leftPs.length && !nameLines.length; i++) {
    for (let j = i; j < leftPs.length; j++) {
      const joined = leftPs
        .slice(i, j + 1)
        .map((p) => p.text)
        .join(' ');
      if (joined === issuerName) nameLines = leftPs.slice(i, j + 1);
      if (joined.length >= issuerName.length) break;
    }
  }
  const ip = nameLines[nameLines.length - 1];
  if (!ip) fail(`Thiếu tên cơ quan ban hành "${issuerName}" (chữ in hoa) ở cột trái.`);
  else {
    for (const l of nameLines) checkStyle(l, h.issuingBody, 'Tên cơ quan ban hành', fail);
    const after = leftPs[leftPs.indexOf(ip) + 1];
    if (h.issuerMark === 'rule') {
      if (!after?.borderBottom || after.text) fail('Dưới tên cơ quan ban hành phải có đường kẻ ngắn.');
      else {
        const cellW = cellWidth(leftCell);
        const lineW = cellW - after.indLeft - after.indRight;
        const longest = Math.max(
          ...nameLines.map((l) => estimateTextWidthTwip(l.text, h.issuingBody.sizePt, h.issuingBody.bold)),
        );
        const nameW = Math.min(longest, cellW);
        if (lineW < nameW / 3 - 60 || lineW > nameW / 2 + 60)
          fail(`Đường kẻ dưới tên cơ quan dài ${lineW} twip, phải từ 1/3 đến 1/2 độ dài tên (~${nameW} twip).`);
      }
    } else if (after?.text !== '*' || after.align !== 'center')
      fail('Dưới tên cơ quan ban hành (Đảng) phải có dấu * căn giữa.');
  }
  const titleP = rightPs.find((p) => p.text === h.nationalTitle.text);
  if (!titleP) fail(`Thiếu quốc hiệu/tiêu đề "${h.nationalTitle.text}" ở cột phải.`);
  else {
    checkStyle(titleP, h.nationalTitle.style, 'Quốc hiệu', fail);
    const need = estimateTextWidthTwip(h.nationalTitle.text, h.nationalTitle.style.sizePt, h.nationalTitle.style.bold);
    if (cellWidth(rightCell) - titleP.indLeft - titleP.indRight < need)
      fail('Cột phải hẹp hơn quốc hiệu: quốc hiệu sẽ xuống dòng.');
    if (/<w:br\b/.test(JSON.stringify(titleP.node))) fail('Quốc hiệu không được ngắt dòng.');
  }
  const ruledText = h.motto ?? h.nationalTitle;
  if (h.motto) {
    const m = rightPs.find((p) => p.text === h.motto!.text);
    if (!m) fail(`Thiếu tiêu ngữ "${h.motto.text}".`);
    else checkStyle(m, h.motto.style, 'Tiêu ngữ', fail);
  }
  const ruledIdx = rightPs.findIndex((p) => p.text === ruledText.text);
  const rp = rightPs[ruledIdx + 1];
  if (ruledIdx < 0 || !rp?.borderBottom) fail(`Dưới "${ruledText.text}" phải có đường kẻ liền.`);
  else {
    const lineW = cellWidth(rightCell) - rp.indLeft - rp.indRight;
    const textW = estimateTextWidthTwip(ruledText.text, ruledText.style.sizePt, ruledText.style.bold);
    if (Math.abs(lineW - textW) > textW * 0.12)
      fail(`Đường kẻ dưới "${ruledText.text}" dài ${lineW} twip, phải bằng độ dài dòng chữ (~${textW} twip).`);
  }

  // number and date: the second row (or the same table) holds them level
  const issue = kind === 'notice' ? meeting.notice : meeting.minutes;
  const headerParas = tables.slice(0, 2).flatMap((t) => all(t, 'w:p').map(paragraphInfo));
  const expectedNumber = cleanText(
    formatDocNumber(h.number.style, issue.number, profile.labels.typeCodes[kind], meeting.issuer.code),
  );
  const numP = headerParas.find((p) => p.text.startsWith('Số'));
  if (!numP) fail('Thiếu dòng số văn bản.');
  else {
    if (numP.text !== expectedNumber) fail(`Số văn bản "${numP.text}" phải là "${expectedNumber}".`);
    const shape = h.number.style === 'nd30' ? /^Số: (\d{2,}|\s+)\/[^\s/]+$/ : /^Số (\d{2,}|\s+)-[^\s-]+(\/[^\s]+)?$/;
    if (!shape.test(numP.text))
      fail(`Số văn bản "${numP.text}" sai mẫu ${h.number.style === 'nd30' ? 'Số: 05/TB-UBND' : 'Số 15-TB/BTCTU'}.`);
    checkStyle(numP, { sizePt: h.number.sizePt, bold: false, italic: false, underline: false }, 'Số văn bản', fail);
  }
  const wantsDate = kind === 'notice' || h.minutesPlaceDate;
  const dateText = cleanText(formatPlaceDate(meeting.issuer.placeName, issue.date));
  const dateP = headerParas.find((p) => p.text === dateText);
  if (wantsDate) {
    if (!dateP) fail(`Thiếu dòng địa danh, ngày tháng "${dateText}".`);
    else {
      checkStyle(dateP, h.placeDate, 'Địa danh, ngày tháng', fail);
      const d = /ngày (\d+) tháng (\d+) năm/.exec(dateP.text);
      if (
        d &&
        (d[1]!.length === 1 || (Number(d[2]) <= 2 && d[2]!.length === 1) || (Number(d[2]) > 2 && d[2]!.startsWith('0')))
      )
        fail(`Ngày tháng "${dateP.text}" sai quy tắc số 0 (ngày < 10, tháng 1 và 2).`);
      if (numP && !sameRow(tables, numP.node, dateP.node)) fail('Dòng ngày tháng phải ngang hàng với dòng số văn bản.');
    }
  } else if (headerParas.some((p) => /ngày .* tháng .* năm/.test(p.text)))
    fail('Biên bản (NĐ 30) không có dòng ngày tháng ở đầu.');

  // ---- title
  const top = body.map((e) => (tagOf(e) === 'w:p' ? paragraphInfo(e) : null));
  const typeText = kind === 'notice' ? profile.labels.notice : profile.labels.minutes;
  const typeIdx = top.findIndex((p) => p?.text === typeText);
  if (typeIdx < 0) fail(`Thiếu tên loại văn bản "${typeText}".`);
  else {
    const tp = top[typeIdx]!;
    checkStyle(tp, profile.title.documentType, 'Tên loại văn bản', fail);
    if (tp.align !== 'center') fail('Tên loại văn bản phải căn giữa.');
    const sp = top[typeIdx + 1];
    if (!sp?.text) fail('Thiếu trích yếu dưới tên loại văn bản.');
    else {
      checkStyle(sp, profile.title.summary, 'Trích yếu', fail);
      if (sp.align !== 'center') fail('Trích yếu phải căn giữa.');
      const c = sp.text.charAt(0);
      const isLower = c === c.toLocaleLowerCase('vi-VN') && c !== c.toLocaleUpperCase('vi-VN');
      if (profile.title.summaryCase === 'lower' && !isLower) fail('Trích yếu (Đảng) phải bắt đầu bằng chữ thường.');
      if (profile.title.summaryCase === 'capital' && isLower) fail('Trích yếu phải bắt đầu bằng chữ hoa.');
      const sep = top[typeIdx + 2];
      if (profile.title.separator === 'rule') {
        if (!sep?.borderBottom || sep.text) fail('Dưới trích yếu phải có đường kẻ ngắn.');
        else {
          const lineW = textWidth - sep.indLeft - sep.indRight;
          const textW = Math.min(
            estimateTextWidthTwip(sp.text, profile.title.summary.sizePt, profile.title.summary.bold),
            textWidth,
          );
          if (lineW < textW / 3 - 60 || lineW > textW / 2 + 60)
            fail(`Đường kẻ dưới trích yếu dài ${lineW} twip, phải từ 1/3 đến 1/2 dòng chữ (~${textW}).`);
        }
      } else if (sep?.text !== profile.title.separatorText)
        fail(`Dưới trích yếu phải có "${profile.title.separatorText}".`);
    }
  }

  // ---- body paragraphs: between the title and the signature table
  const sigIdx = body.findIndex((e, i) => i > typeIdx && tagOf(e) === 'w:tbl');
  const bodyPs = body
    .slice(typeIdx + 3, sigIdx < 0 ? undefined : sigIdx)
    .filter((e) => tagOf(e) === 'w:p')
    .map(paragraphInfo)
    .filter((p) => p.text);
  if (!bodyPs.length) fail('Thân văn bản trống.');
  const bs = profile.body;
  for (const p of bodyPs) {
    const where = `Đoạn "${p.text.slice(0, 40)}"`;
    if (p.align !== 'both') fail(`${where}: phải căn đều hai bên.`);
    if (p.runs.some((r) => r.text && r.size !== bs.sizePt * 2)) fail(`${where}: cỡ chữ phải ${bs.sizePt} pt.`);
    const indent = Math.round(bs.firstLineIndentCm * 567);
    if (p.firstLine !== indent) fail(`${where}: thụt đầu dòng phải ${bs.firstLineIndentCm} cm.`);
    if (p.spacingAfter < 120) fail(`${where}: khoảng cách sau đoạn phải ít nhất 6 pt.`);
    if (p.line !== undefined && (p.line < 240 || p.line > 360)) fail(`${where}: giãn dòng phải từ 1 đến 1,5 dòng.`);
  }
  const mark = bs.closingMark;
  const fullText = all(body, 'w:p')
    .map((p) => textOf(p))
    .join('\n');
  const count = mark ? fullText.split(mark).length - 1 : 0;
  if (mark && count !== 1) fail(`Dấu kết thúc "${mark}" phải xuất hiện đúng một lần (đang có ${count}).`);
  const last = bodyPs[bodyPs.length - 1];
  if (mark && last && !last.text.endsWith(mark)) fail(`Câu cuối của thân văn bản phải kết thúc bằng "${mark}".`);

  // ---- signature and recipients
  const sigTables = sigIdx < 0 ? [] : body.slice(sigIdx).filter((e) => tagOf(e) === 'w:tbl');
  const sigParas = sigTables.flatMap((t) => all(t, 'w:p').map(paragraphInfo));
  const s = profile.signature;
  if (!sigTables.length && (kind === 'notice' || meeting.minutes.signers.length))
    fail('Thiếu khối chữ ký (bảng hai cột không viền).');
  if (kind === 'notice') {
    const signer = meeting.notice.signers[0];
    if (signer && signer.authority !== 'none') {
      const re = s.authorityStyle === 'slash' ? /^(T\/M|K\/T|T\/L|T\/UQ|Q\.) \S/ : /^(TM|KT|TL|TUQ|Q)\. \S/;
      const ap = sigParas.find((p) => re.test(p.text));
      if (!ap) fail(`Thiếu dòng thẩm quyền ký (${s.authorityStyle === 'slash' ? 'T/L, T/M, K/T' : 'TL., TM., KT.'}).`);
      else {
        checkStyle(ap, s.authority, 'Dòng thẩm quyền ký', fail);
        if (ap.text !== ap.text.toLocaleUpperCase('vi-VN')) fail('Dòng thẩm quyền ký phải in hoa.');
      }
    }
    if (signer?.position.trim()) {
      const pp = sigParas.find((p) => p.text === upper(signer.position));
      if (!pp) fail('Thiếu chức vụ người ký (in hoa).');
      else checkStyle(pp, s.position, 'Chức vụ người ký', fail);
    }
    if (clean(signer?.name ?? '')) checkSignerName(sigParas, clean(signer!.name), s, fail);
  } else {
    // Every signature block as typed, two to a row in order: heading, position (upper case), name.
    meeting.minutes.signers.forEach((signer, i) => {
      const cell = sigTables[Math.floor(i / 2)] ? cellsOf(sigTables[Math.floor(i / 2)]!)[i % 2] : undefined;
      const texts = cell ? all(cell, 'w:p').map((p) => textOf(p)) : [];
      const position = upper(signer.position);
      if (position && !texts.includes(position))
        fail(`Chữ ký biên bản ${i + 1}: thiếu "${position}" (hàng ${Math.floor(i / 2) + 1}, cột ${(i % 2) + 1}).`);
      for (const line of signer.heading.split(/\r?\n/).map(upper).filter(Boolean))
        if (!texts.includes(line)) fail(`Chữ ký biên bản ${i + 1}: thiếu tiêu đề "${line}".`);
      if (clean(signer.name)) checkSignerName(sigParas, clean(signer.name), s, fail);
    });
  }
  const rec = profile.recipients;
  const labelIdx = sigParas.findIndex((p) => p.text === rec.label.text);
  const needsRecipients =
    kind === 'notice' || meeting.minutes.recipients.length > 0 || !!meeting.minutes.archive.trim();
  if (labelIdx < 0) {
    if (needsRecipients) fail(`Thiếu "${rec.label.text}".`);
  } else {
    checkStyle(sigParas[labelIdx]!, rec.label.style, `"${rec.label.text}"`, fail);
    const lines: ParagraphInfo[] = [];
    for (const p of sigParas.slice(labelIdx + 1)) {
      if (!p.text.startsWith('- ')) break;
      lines.push(p);
    }
    if (!lines.length) fail('Nơi nhận phải có ít nhất dòng lưu.');
    lines.forEach((p, i) => {
      if (p.runs.some((r) => r.text && r.size !== rec.lineSizePt * 2))
        fail(`Dòng nơi nhận "${p.text}" phải cỡ ${rec.lineSizePt} pt.`);
      if (i < lines.length - 1) {
        const ok = profile.basis === 'nd30' ? p.text.endsWith(';') : /[,;]$/.test(p.text);
        if (!ok) fail(`Dòng nơi nhận "${p.text}" phải kết thúc bằng "${rec.lineEnd}".`);
      }
    });
    const archive = lines[lines.length - 1];
    if (archive) {
      const ok =
        profile.basis === 'nd30' ? /^- Lưu: VT(, .+)?\.$/.test(archive.text) : /^- Lưu [^:].*\.$/.test(archive.text);
      if (!ok)
        fail(
          `Dòng lưu "${archive.text}" phải có dạng ${profile.basis === 'nd30' ? '"- Lưu: VT, ...."' : '"- Lưu ...."'}.`,
        );
    }
  }
  return v;
}

function checkSignerName(ps: ParagraphInfo[], name: string, s: FormatProfile['signature'], fail: (m: string) => void) {
  const np = ps.find((p) => p.text === name);
  if (!np) fail(`Thiếu tên người ký "${name}" (chữ thường, không học hàm).`);
  else checkStyle(np, s.name, 'Tên người ký', fail);
}

function checkStyle(p: ParagraphInfo, style: TextStyle, what: string, fail: (m: string) => void) {
  const runs = p.runs.filter((r) => r.text);
  if (!runs.length) return;
  if (runs.some((r) => r.size !== Math.round(style.sizePt * 2))) fail(`${what}: cỡ chữ phải ${style.sizePt} pt.`);
  if (runs.some((r) => r.bold !== !!style.bold)) fail(`${what}: ${style.bold ? 'phải' : 'không được'} in đậm.`);
  if (runs.some((r) => r.italic !== !!style.italic))
    fail(`${what}: ${style.italic ? 'phải' : 'không được'} in nghiêng.`);
  if (runs.some((r) => r.underline !== !!style.underline))
    fail(`${what}: ${style.underline ? 'phải' : 'không được'} gạch chân.`);
}

function cellsOf(tbl: XNode): XNode[] {
  const row = kids(tbl, 'w:tr')[0];
  return row ? kids(row, 'w:tc') : [];
}

function cellWidth(tc: XNode | undefined): number {
  return Number(attr(child(child(tc, 'w:tcPr'), 'w:tcW'), 'w:w') ?? 0);
}

function sameRow(tables: XNode[], a: XNode, b: XNode): boolean {
  return tables.some((t) => kids(t, 'w:tr').some((tr) => all(tr, 'w:p').includes(a) && all(tr, 'w:p').includes(b)));
}

function checkTable(t: XNode, n: number, fail: (m: string) => void) {
  const tblPr = child(t, 'w:tblPr');
  const borders = child(tblPr, 'w:tblBorders');
  for (const side of SIDES) {
    const b = child(borders, `w:${side}`);
    if (!b || !NO_LINE.has(attr(b, 'w:val') ?? '')) fail(`Bảng ${n}: viền ${side} phải là none.`);
  }
  if (attr(child(tblPr, 'w:tblLayout'), 'w:type') !== 'fixed') fail(`Bảng ${n}: bố cục bảng phải cố định (fixed).`);
  const tblW = child(tblPr, 'w:tblW');
  if (attr(tblW, 'w:type') !== 'dxa') fail(`Bảng ${n}: độ rộng bảng phải tính bằng DXA.`);
  const grid = kids(child(t, 'w:tblGrid'), 'w:gridCol').map((g) => Number(attr(g, 'w:w')));
  if (!grid.length || grid.some((w) => !(w > 0))) fail(`Bảng ${n}: lưới cột thiếu độ rộng tuyệt đối.`);
  if (grid.reduce((a, b) => a + b, 0) !== Number(attr(tblW, 'w:w')))
    fail(`Bảng ${n}: tổng độ rộng cột khác độ rộng bảng.`);
  for (const tr of kids(t, 'w:tr')) {
    kids(tr, 'w:tc').forEach((tc, i) => {
      const tcW = child(child(tc, 'w:tcPr'), 'w:tcW');
      if (attr(tcW, 'w:type') !== 'dxa' || Number(attr(tcW, 'w:w')) !== grid[i])
        fail(`Bảng ${n}: ô ${i + 1} phải có độ rộng DXA bằng cột lưới.`);
      if (!kids(tc, 'w:p').length) fail(`Bảng ${n}: ô ${i + 1} phải có ít nhất một đoạn.`);
      const cb = child(child(tc, 'w:tcPr'), 'w:tcBorders');
      if (cb)
        for (const side of ['top', 'left', 'bottom', 'right']) {
          const e = child(cb, `w:${side}`);
          if (e && !NO_LINE.has(attr(e, 'w:val') ?? '')) fail(`Bảng ${n}: ô ${i + 1} có viền ${side}.`);
        }
    });
  }
}
