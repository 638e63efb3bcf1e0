/**
 * The outline editor of the conclusions: indent, outdent and move keep every word and every task,
 * indent and outdent keep print order, and the numbers the editor shows are the ones the documents print.
 */
import fc from 'fast-check';
import { produce } from 'immer';
import { renderToStaticMarkup } from 'react-dom/server';
import { ConclusionsSection } from '../../src/renderer/editor/ConclusionsSection';
import { indent, insertAfter, move, outdent, remove } from '../../src/renderer/lib/outline';
import { newItem } from '../../src/renderer/lib/factories';
import { conclusionParagraphs } from '../../src/shared/layout/conclusions';
import { outlineNumbers } from '../../src/shared/layout/outlineNumbers';
import {
  EMPTY_TASK,
  type Conclusions,
  type Item,
  type Meeting,
  type SubItem,
  type Task,
} from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { seedMeeting } from '../fixtures/storage/helpers';

const task = (lead: string): Task => ({ ...EMPTY_TASK, support: [], lead });
const sub = (id: string, text = id): SubItem => ({ id, text, task: task(`lead-${id}`) });
const item = (id: string, subs: SubItem[] = [], text = id): Item => ({
  id,
  text,
  items: subs,
  task: task(`lead-${id}`),
});

/** Part 1: A, B (b1, b2, b3), C; part 2: D. */
function sample(): Conclusions {
  return {
    parts: [
      {
        id: 'p1',
        heading: 'ĐÁNH GIÁ CHUNG',
        text: '',
        items: [item('A'), item('B', [sub('b1'), sub('b2'), sub('b3')]), item('C')],
      },
      { id: 'p2', heading: 'NHIỆM VỤ', text: '', items: [item('D')] },
    ],
    after: 'Trên đây là kết luận.',
  };
}

/** Print order with each entry's level, text and task: what the document and the follow-up see. */
const flat = (c: Conclusions) =>
  c.parts.flatMap((p) =>
    p.items.flatMap((i) => [
      { level: 1, id: i.id, text: i.text, lead: i.task.lead },
      ...i.items.map((s) => ({ level: 2, id: s.id, text: s.text, lead: s.task.lead })),
    ]),
  );
const order = (c: Conclusions) => flat(c).map((e) => `${e.level}:${e.id}`);
const contents = (c: Conclusions) =>
  flat(c)
    .map((e) => `${e.id}|${e.text}|${e.lead}`)
    .sort();

describe('outline operations', () => {
  it('indent makes an item, with its sub-items, the last sub-items of the item above, in print order', () => {
    const c = sample();
    expect(indent(c, { pi: 0, ii: 1 })).toBe('B');
    expect(order(c)).toEqual(['1:A', '2:B', '2:b1', '2:b2', '2:b3', '1:C', '1:D']);
    expect(contents(c)).toEqual(contents(sample()));
  });

  it('outdent makes a sub-item an item right after its parent, taking the sub-items below it along', () => {
    const c = sample();
    expect(outdent(c, { pi: 0, ii: 1, si: 1 })).toBe('b2');
    expect(order(c)).toEqual(['1:A', '1:B', '2:b1', '1:b2', '2:b3', '1:C', '1:D']);
    expect(c.parts[0]!.items[2]!.task.lead).toBe('lead-b2');
    expect(contents(c)).toEqual(contents(sample()));
  });

  it('outdent after indent gives the outline back', () => {
    const c = sample();
    indent(c, { pi: 0, ii: 2 }); // C under B, after b3
    outdent(c, { pi: 0, ii: 1, si: 3 });
    expect(c).toEqual(sample());
  });

  it('the first item cannot be indented and an item cannot be outdented: nothing changes', () => {
    const c = sample();
    expect(indent(c, { pi: 0, ii: 0 })).toBeNull();
    expect(outdent(c, { pi: 0, ii: 1 })).toBeNull();
    expect(indent(c, { pi: 0, ii: 1, si: 0 })).toBeNull();
    expect(c).toEqual(sample());
  });

  it('move swaps neighbours, and crosses into the next part or item at the edge', () => {
    const c = sample();
    move(c, { pi: 0, ii: 2 }, 1); // C is last of part 1: goes first in part 2
    expect(c.parts[1]!.items.map((i) => i.id)).toEqual(['C', 'D']);
    move(c, { pi: 0, ii: 1, si: 0 }, -1); // b1 is first under B: goes last under A
    expect(order(c)).toEqual(['1:A', '2:b1', '1:B', '2:b2', '2:b3', '1:C', '1:D']);
    expect(move(c, { pi: 0, ii: 0 }, -1)).toBeNull();
    expect(contents(c)).toEqual(contents(sample()));
  });

  it('any sequence of operations keeps every word and task (removal aside)', () => {
    const op = fc.record({
      kind: fc.constantFrom('indent', 'outdent', 'up', 'down'),
      pi: fc.nat(1),
      ii: fc.nat(4),
      si: fc.option(fc.nat(3), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const c = sample();
        for (const o of ops) {
          const at = { pi: o.pi, ii: o.ii, si: o.si };
          if (o.kind === 'indent') indent(c, at);
          else if (o.kind === 'outdent') outdent(c, at);
          else move(c, at, o.kind === 'up' ? -1 : 1);
        }
        expect(contents(c)).toEqual(contents(sample()));
        expect(c.after).toBe(sample().after);
      }),
    );
  });

  it('insertAfter adds an empty entry at the same level; remove takes an item with its sub-items', () => {
    const c = sample();
    const fresh = newItem();
    insertAfter(c, { pi: 0, ii: 1, si: 0 }, fresh);
    expect(order(c)).toEqual(['1:A', '1:B', '2:b1', `2:${fresh.id}`, '2:b2', '2:b3', '1:C', '1:D']);
    remove(c, { pi: 0, ii: 1 });
    expect(order(c)).toEqual(['1:A', '1:C', '1:D']);
  });
});

/** The number labels a document prints in its conclusions, in order. */
function printedNumbers(m: Meeting, profile = ND30_2020, kind: 'notice' | 'minutes' = 'notice'): string[] {
  return conclusionParagraphs(m, profile, kind)
    .filter((p) => p.role === 'part' || p.role === 'item' || p.role === 'sub-item')
    .map((p) => {
      const first = p.runs[0]!.text;
      return p.role === 'part' ? first.split(' ')[0]! : first.trim();
    });
}

/** The numbers the editor shows, in print order (empty entries show none). */
function shownNumbers(html: string): string[] {
  return [...html.matchAll(/<span class="number"[^>]*>([^<]+)<\/span>/g)].map((x) => x[1]!);
}

function render(m: Meeting, profile = ND30_2020, kind: 'notice' | 'minutes' = 'notice'): string {
  const View = ConclusionsSection.view;
  return renderToStaticMarkup(<View m={m} edit={() => undefined} kind={kind} profiles={[profile]} />);
}

describe('numbers shown in the editor', () => {
  const withOutline = (c: Conclusions, profileId = 'nd30-2020'): Meeting => ({
    ...seedMeeting(),
    profile: { id: profileId, version: 1 },
    conclusions: c,
  });

  it.each([
    [ND30_2020, 'notice'],
    [ND30_2020, 'minutes'],
    [HD36_2018, 'notice'],
    [HD36_2018, 'minutes'],
  ] as const)('match what the %s %s prints, for the seed and a headed outline', (profile, kind) => {
    for (const m of [seedMeeting(), withOutline(sample(), profile.id)]) {
      const meeting = { ...m, profile: { id: profile.id, version: profile.version } };
      const shown = shownNumbers(render(meeting, profile, kind));
      expect(shown.length).toBeGreaterThan(2);
      expect(shown).toEqual(printedNumbers(meeting, profile, kind));
    }
  });

  it('the headed outline shows I., 1., 2., 2.1. ... in the state notice, and an empty item takes no number', () => {
    const c = produce(sample(), (d) => {
      d.parts[0]!.items.splice(1, 0, item('empty', [], ''));
    });
    const m = withOutline(c);
    expect(shownNumbers(render(m))).toEqual(['I.', '1.', '2.', '2.1.', '2.2.', '2.3.', '3.', 'II.', '1.']);
    expect(render(m)).toContain('(trống)');
    expect([...outlineNumbers(c, ND30_2020, 'notice').keys()]).not.toContain('empty');
  });

  it('follow the outline after an indent: the indented item is renumbered as a sub-item', () => {
    const c = sample();
    indent(c, { pi: 0, ii: 2 });
    expect(shownNumbers(render(withOutline(c)))).toEqual([
      'I.',
      '1.',
      '2.',
      '2.1.',
      '2.2.',
      '2.3.',
      '2.4.',
      'II.',
      '1.',
    ]);
  });

  it('every entry of a random outline shows the number it prints with', () => {
    const text = fc.constantFrom('', 'Nội dung', '- gạch đầu dòng', 'Dòng một\nDòng hai');
    const subArb = fc.record({ id: fc.uuid(), text, task: fc.constant(task('')) });
    const itemArb = fc.record({
      id: fc.uuid(),
      text,
      items: fc.array(subArb, { maxLength: 3 }),
      task: fc.constant(task('')),
    });
    const partArb = fc.record({
      id: fc.uuid(),
      heading: fc.constantFrom('', 'ĐÁNH GIÁ CHUNG'),
      text: fc.constant(''),
      items: fc.array(itemArb, { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(partArb, { maxLength: 3 }), fc.constantFrom('notice', 'minutes'), (parts, kind) => {
        const m = withOutline({ parts, after: '' });
        expect(shownNumbers(render(m, ND30_2020, kind))).toEqual(printedNumbers(m, ND30_2020, kind));
      }),
      { numRuns: 60 },
    );
  });
});
