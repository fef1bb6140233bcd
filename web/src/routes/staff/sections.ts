import type { Role } from '../../features/auth/api';

/** Sections of the staff console: path under /staff, the text key of the label, and who sees them. */
export interface ConsoleSection {
  id: 'board' | 'rules' | 'invitations' | 'dosePlans' | 'callcenter' | 'printBatches' | 'waitingRoom';
  /** Relative to /staff; '' is the default section (the day board). */
  path: string;
  roles: readonly Role[];
}

export const SECTIONS: readonly ConsoleSection[] = [
  { id: 'board', path: '', roles: ['admin', 'manager', 'clerk', 'vaccinator'] },
  { id: 'callcenter', path: 'callcenter', roles: ['admin', 'agent'] },
  { id: 'printBatches', path: 'letters', roles: ['admin', 'agent'] },
  { id: 'dosePlans', path: 'dose-plans', roles: ['admin', 'manager', 'logistics'] },
  { id: 'rules', path: 'rules', roles: ['admin'] },
  { id: 'invitations', path: 'invitations', roles: ['admin'] },
  { id: 'waitingRoom', path: 'waiting-room', roles: ['admin'] },
];

export function sectionsFor(role: Role): ConsoleSection[] {
  return SECTIONS.filter((s) => s.roles.includes(role));
}
