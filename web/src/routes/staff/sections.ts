import { can, type Capability, type User } from '../../features/auth/api';

/** Sections of the staff console: path under /staff, the text key of the label, and the capability that shows them. */
export interface ConsoleSection {
  id: 'board' | 'rules' | 'invitations' | 'dosePlans' | 'callcenter' | 'printBatches' | 'waitingRoom';
  /** Relative to /staff; '' is the default section (the day board). */
  path: string;
  capability: Capability;
}

export const SECTIONS: readonly ConsoleSection[] = [
  { id: 'board', path: '', capability: 'board.read' },
  { id: 'callcenter', path: 'callcenter', capability: 'callcenter.act' },
  { id: 'printBatches', path: 'letters', capability: 'letters.print' },
  { id: 'dosePlans', path: 'dose-plans', capability: 'dosePlans.read' },
  { id: 'rules', path: 'rules', capability: 'rules.manage' },
  { id: 'invitations', path: 'invitations', capability: 'invitations.send' },
  { id: 'waitingRoom', path: 'waiting-room', capability: 'waitingRoom.manage' },
];

/** The sections the user may see, in console order. */
export function sectionsFor(user: Pick<User, 'role' | 'centerId'>): ConsoleSection[] {
  return SECTIONS.filter((s) => can(user, s.capability));
}
