/** Blank list items for the editor's "Thêm ..." buttons. */
import { newId } from '../../shared/model/ids';
import { EMPTY_TASK } from '../../shared/model/meeting';
import type {
  AttendeeGroup,
  Opinion,
  PersonMember,
  PhraseMember,
  Recipient,
  Report,
  Signer,
  SubItem,
  Item,
  Part,
} from '../../shared/model/meeting';

export const GROUP_LABEL_PRESETS = ['Cùng dự có', 'Về phía ...'] as const;

/** A new group: its lead-in in the notice and its heading in the minutes start from the same preset. */
export const newGroup = (label = ''): AttendeeGroup => ({
  id: newId('g'),
  heading: label.replace(/[,:]?\s*có$/u, ''),
  leadIn: label,
  members: [],
});
export const newPerson = (): PersonMember => ({
  kind: 'person',
  id: newId('p'),
  name: '',
  position: '',
  unit: '',
  title: 'đồng chí',
  attendance: 'present',
  delegateName: '',
  absenceReason: '',
  minutesLine: null,
});
export const newPhrase = (): PhraseMember => ({ kind: 'phrase', id: newId('ph'), text: '' });
export const newReport = (): Report => ({ id: newId('r'), title: '', presenter: '', text: '' });
export const newOpinion = (): Opinion => ({ id: newId('o'), speaker: '', text: '' });
export const newSubItem = (): SubItem => ({ id: newId('s'), text: '', task: { ...EMPTY_TASK, support: [] } });
export const newItem = (): Item => ({ id: newId('d'), text: '', items: [], task: { ...EMPTY_TASK, support: [] } });
export const newPart = (): Part => ({ id: newId('pt'), heading: '', text: '', items: [] });
export const newSigner = (): Signer => ({ heading: '', authority: 'none', authorityOf: '', position: '', name: '' });
export const newRecipient = (): Recipient => ({ text: '', note: '' });
