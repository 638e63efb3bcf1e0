/**
 * The editor's sections skip re-rendering unless the parts of the meeting they declare change. A part
 * read but not declared would leave a section showing stale values (and a controlled field would
 * undo typing), so render each one with the seed meeting and compare what it reads with what it declares.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { expect, it } from 'vitest';
import type { Meeting } from '../../src/shared/model/meeting';
import { HD36_2018, ND30_2020 } from '../../src/shared/profile/builtin';
import { AttendeesSection, ChairSection } from '../../src/renderer/editor/AttendeesSection';
import { ConclusionsSection } from '../../src/renderer/editor/ConclusionsSection';
import { DiscussionSection, ReportsSection } from '../../src/renderer/editor/ContentSections';
import { GeneralSection } from '../../src/renderer/editor/GeneralSection';
import { IssuanceSection } from '../../src/renderer/editor/IssuanceSection';
import { seedMeeting } from '../fixtures/storage/helpers';

/** The meeting behind a proxy that records every top-level field read. */
function recording(m: Meeting): { meeting: Meeting; read: Set<string> } {
  const read = new Set<string>();
  const meeting = new Proxy(m, {
    get(target, key, receiver) {
      if (typeof key === 'string') read.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    ownKeys(target) {
      // Spreading the meeting reads all of it.
      for (const k of Reflect.ownKeys(target)) if (typeof k === 'string') read.add(k);
      return Reflect.ownKeys(target);
    },
  });
  return { meeting, read };
}

const edit = () => undefined;
const SECTIONS = [
  ['GeneralSection', GeneralSection, { profiles: [HD36_2018, ND30_2020] }],
  ['AttendeesSection', AttendeesSection, { directory: [], profiles: [HD36_2018, ND30_2020] }],
  ['ChairSection', ChairSection, { directory: [] }],
  ['ReportsSection', ReportsSection, {}],
  ['DiscussionSection', DiscussionSection, {}],
  ['ConclusionsSection', ConclusionsSection, { kind: 'notice', profiles: [HD36_2018, ND30_2020] }],
  ['IssuanceSection', IssuanceSection, { lists: [], profiles: [HD36_2018, ND30_2020] }],
] as const;

it.each(SECTIONS)('%s reads only the parts of the meeting it declares', (_name, section, extra) => {
  const { meeting, read } = recording(seedMeeting());
  const View = section.view as unknown as (props: Record<string, unknown>) => React.ReactNode;
  const html = renderToStaticMarkup(<View m={meeting} edit={edit} {...extra} />);
  expect(html.length).toBeGreaterThan(100);
  expect(read.size).toBeGreaterThan(0);
  expect([...read].filter((k) => !(section.reads as readonly string[]).includes(k))).toEqual([]);
});
