import { api } from '../../api';

export interface TicketStatus {
  ticket: string;
  position: number;
  estimatedWaitSeconds: number;
  pollAfterSeconds: number;
  admitted: boolean;
  admissionToken?: string;
  admissionExpiresAt?: string;
  admissionValidSeconds?: number;
}

export const roomActive = () => api<{ active: boolean }>('/api/v1/public/waiting-room');
export const takeTicket = () => api<TicketStatus>('/api/v1/public/waiting-room/tickets', { method: 'POST', body: {} });
export const ticketStatus = (ticket: string) => api<TicketStatus>(`/api/v1/public/waiting-room/tickets/${encodeURIComponent(ticket)}`);
