import { memo, type FunctionComponent } from 'react';
import type { Meeting } from '../../shared/model/meeting';

/** Apply a change to a copy of the meeting; `key` names the field so keystrokes coalesce in undo. */
export type Edit = (key: string, change: (draft: Meeting) => void) => void;

export interface SectionProps {
  m: Meeting;
  edit: Edit;
}

/**
 * A section that re-renders only when the parts of the meeting it shows change (immer keeps the
 * identity of untouched parts): a keystroke in one section then leaves the hundreds of inputs of the
 * others alone. `reads` must name every top-level field the section reads.
 */
export function sectionOf<P extends SectionProps>(component: FunctionComponent<P>, reads: readonly (keyof Meeting)[]) {
  const section = memo(component, (a, b) => {
    for (const k of Object.keys(b) as (keyof P)[]) if (k !== 'm' && a[k] !== b[k]) return false;
    return reads.every((k) => a.m[k] === b.m[k]);
  });
  // Kept on the component so a test can check the list against what rendering actually reads.
  return Object.assign(section, { view: component, reads });
}
