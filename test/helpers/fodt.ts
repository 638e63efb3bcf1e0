/**
 * Flat OpenDocument text (.fodt) for tests that need documents made by another tool: LibreOffice
 * turns them into .docx. Fonts for Unicode, TCVN3 (`.VnTime`, `.VnTimeH`) and VNI runs; cell
 * styles for grid (`Grid`) and borderless (`Bare`) tables; `Centre` and `Bold`.
 */
const FONTS = ['Times New Roman', '.VnTime', '.VnTimeH', 'VNI-Times'];

/** A flat ODT: `styles` go into office:styles, `body` into office:text. */
export const fodt = (body: string, styles = '') => `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>${FONTS.map((f, i) => `<style:font-face style:name="F${i}" svg:font-family="'${f}'"/>`).join('')}</office:font-face-decls>
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="F0" fo:font-size="14pt"/></style:style>
  <style:style style:name="TCVN3" style:family="text"><style:text-properties style:font-name="F1"/></style:style>
  <style:style style:name="TCVN3H" style:family="text"><style:text-properties style:font-name="F2"/></style:style>
  <style:style style:name="VNI" style:family="text"><style:text-properties style:font-name="F3"/></style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  ${styles}
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Bare" style:family="table-cell"><style:table-cell-properties fo:border="none"/></style:style>
  <style:style style:name="Centre" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:page-layout style:name="pm1"/>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>Đầu trang: Văn phòng Quận ủy</text:p></style:header>
   <style:footer><text:p>Chân trang: lưu hành nội bộ</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>${body}</office:text></office:body>
</office:document>`;
