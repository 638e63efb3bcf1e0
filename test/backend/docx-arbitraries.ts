/** fast-check arbitraries for the DOCX property test: random meetings with hostile text. */
import fc from 'fast-check';
import { Meeting, type MeetingInput, outlineEntries } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';

/** Letters, Vietnamese in NFC and NFD, emoji, XML-forbidden controls, a lone surrogate, U+FFFE; no line breaks or tabs. */
const UNITS = [
  ...'abcdefghiklmnopqrstuvxyABCDEHKLMNOPQRSTUVXY0123456789    ',
  ...'ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậếềểễệốồổỗộớờởỡợứừửữựíìỉĩịýỳỷỹỵ',
  'e\u0302\u0301',
  'a\u0306\u0323',
  'o\u031B\u0300',
  'u\u031B\u0303',
  '😀',
  '👨‍👩‍👧',
  '🇻🇳',
  '&',
  '<',
  '>',
  '"',
  "'",
  '\u0000',
  '\u0001',
  '\u0007',
  '\u000B',
  '\u000C',
  '\u001F',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
];
const unit = fc.constantFrom(...UNITS);
/** Markers at both ends survive trimming, case changes at sentence starts and punctuation trimming. */
const text = (max = 40) => fc.array(unit, { minLength: 1, maxLength: max }).map((u) => `7${u.join('')}7`);
const longText = fc.array(unit, { minLength: 5000, maxLength: 5000 }).map((u) => `7${u.join('')}7`);

export const meetingArb = fc
  .record({
    host: text(),
    subject: text(),
    place: text(),
    chair: text(),
    chairPosition: text(),
    pool: fc.array(text(), { minLength: 4, maxLength: 4 }),
    attendees: fc.constantFrom(1, 5, 300),
    directives: fc.constantFrom(0, 3, 100),
    assessment: fc.array(text(200), { minLength: 0, maxLength: 3 }),
    long: fc.boolean(),
    longPara: longText,
    reportTitle: text(),
    gist: text(100),
    recipient: text(),
    profile: fc.constantFrom(ND30_2020, HD36_2018),
  })
  .map((r) => {
    const poolAt = (i: number) => `${r.pool[i % r.pool.length]!} ${i}`;
    const input: MeetingInput = {
      schemaVersion: 2,
      id: 'prop',
      profile: { id: r.profile.id, version: 1 },
      host: r.host,
      subject: r.subject,
      place: r.place,
      date: '2021-02-23',
      presiding: { name: r.chair, position: r.chairPosition },
      attendeeGroups: [
        {
          id: 'g1',
          heading: 'Cùng dự',
          leadIn: 'Cùng dự có',
          members: Array.from({ length: r.attendees }, (_, i) =>
            i % 3 === 2
              ? { kind: 'phrase' as const, id: `p${i}`, text: poolAt(i) }
              : {
                  kind: 'person' as const,
                  id: `m${i}`,
                  name: poolAt(i),
                  position: 'Chuyên viên',
                  attendance: i % 7 === 1 ? ('excused' as const) : ('present' as const),
                },
          ),
        },
      ],
      reports: [
        {
          id: 'r1',
          presenter: 'Ban Thường vụ',
          title: r.reportTitle,
          text: r.long ? r.longPara : r.pool[0]!,
        },
      ],
      discussion: [{ id: 'o1', speaker: 'đồng chí A', text: r.gist }],
      conclusions: {
        parts: [
          {
            id: 'c',
            items: [
              { id: 'a', text: r.assessment.join('\n') },
              {
                id: 't',
                text: 'Nhiệm vụ:',
                items: Array.from({ length: r.directives }, (_, i) => ({
                  id: `d${i}`,
                  text: poolAt(i),
                  task: {
                    lead: poolAt(i + 1),
                    support: [poolAt(i + 2)],
                    deadline: { kind: 'date' as const, date: '2021-12-31' },
                    printAssignment: true,
                  },
                })),
              },
            ],
          },
        ],
      },
      issuer: { name: 'Ban Tổ chức', code: 'BTCTU', placeName: 'Hà Nội' },
      notice: {
        number: '15',
        date: '2021-02-25',
        recipients: [{ text: r.recipient }],
        signers: [{ authority: 'TL', authorityOf: 'Ban Thường vụ', position: 'Chánh Văn phòng', name: r.chair }],
      },
    };
    const meeting = Meeting.parse(input);
    // What the minutes must contain: every fact the user typed.
    const minutesTexts = [
      r.host,
      r.subject,
      r.place,
      r.chair,
      r.chairPosition,
      r.reportTitle,
      r.gist,
      ...meeting.attendeeGroups[0]!.members.map((m) => (m.kind === 'phrase' ? m.text : m.name)),
      ...r.assessment,
      ...outlineEntries(meeting.conclusions).flatMap((d) =>
        d.id === 'a' || d.id === 't' ? [] : [d.text, d.task.lead, ...d.task.support],
      ),
      ...(r.long ? [r.longPara] : []),
    ];
    const noticeTexts = [
      r.host,
      r.subject,
      r.chair,
      r.chairPosition,
      r.reportTitle,
      r.recipient,
      ...r.assessment,
      ...outlineEntries(meeting.conclusions).flatMap((d) => (d.id === 'a' || d.id === 't' ? [] : [d.text])),
    ];
    return { meeting, profile: r.profile, minutesTexts, noticeTexts };
  });
