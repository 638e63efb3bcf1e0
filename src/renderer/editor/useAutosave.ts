/** React binding of the autosave controller: the editor's draft is saved in the background. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../shared/model/meeting';
import { call, errorMessage } from '../api';
import { AutosaveController, type SaveReason, type SaveState } from '../lib/autosave';

export type { SaveState } from '../lib/autosave';

export function useAutosave(
  meeting: Meeting | null,
  version: number,
  onSaved: (saved: Meeting, reason: SaveReason) => void,
) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });
  const [controller] = useState(
    () =>
      new AutosaveController<Meeting>({
        save: async (m, reason) => void (await call('meeting:save', { meeting: m, reason })),
        onState: setState,
        onSaved: (m, reason) => onSavedRef.current(m, reason),
        describe: errorMessage,
      }),
  );
  useEffect(() => {
    controller.activate();
    return () => controller.dispose();
  }, [controller]);
  useEffect(() => {
    if (meeting) controller.change(meeting, version);
  }, [controller, meeting, version]);

  const saveNow = useCallback((reason: SaveReason) => controller.saveNow(reason), [controller]);
  /** After loading or restoring another version: nothing unsaved. */
  const reset = useCallback((m: Meeting, v: number) => controller.load(m, v), [controller]);
  return { state, saveNow, reset };
}
