import { call, client, type ResponseOf } from '../../api';

export type TicketStatus = ResponseOf<'/api/v1/public/waiting-room/tickets/{ticket}', 'get'>;

export const roomActive = () => call(client.GET('/api/v1/public/waiting-room'));
export const takeTicket = () => call(client.POST('/api/v1/public/waiting-room/tickets', { body: {} }));
export const ticketStatus = (ticket: string) => call(client.GET('/api/v1/public/waiting-room/tickets/{ticket}', { params: { path: { ticket } } }));
