/** Blank list items for the editor's "Thêm ..." buttons. */
import { newId } from '../../shared/model/ids';
import type {
  AttendeeGroup,
  Directive,
  Opinion,
  PersonMember,
  PhraseMember,
  Recipient,
  Report,
  Signer,
} from '../../shared/model/meeting';

export const GROUP_LABEL_PRESETS = ['Cùng dự có', 'Về phía ...'] as const;

export const newGroup = (label = ''): AttendeeGroup => ({ id: newId('g'), label, members: [] });
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
});
export const newPhrase = (): PhraseMember => ({ kind: 'phrase', id: newId('ph'), text: '' });
export const newReport = (): Report => ({ id: newId('r'), title: '', presenter: '', paragraphs: [] });
export const newOpinion = (): Opinion => ({ id: newId('o'), speaker: '', gist: '' });
export const newDirective = (): Directive => ({
  id: newId('d'),
  text: '',
  lead: '',
  support: [],
  deadline: '',
  status: 'open',
});
export const newSigner = (): Signer => ({ authority: 'none', authorityOf: '', position: '', name: '' });
export const newRecipient = (): Recipient => ({ text: '', note: '' });
