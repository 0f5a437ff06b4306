import { prepareTicket, type PreparedTicket } from '../../../src/themes/engine/index.js';

let n = 0;
export function ticket(title: string, body = ''): PreparedTicket {
  n++;
  return prepareTicket({ id: `t${n}`, title, body, createdAt: n });
}

export const noDecisions = () => ({ pinned: new Set<string>(), names: new Map<string, string>(), ticketThemes: new Map<string, string>() });

export const printerTickets = () => [
  ticket('Printer on 2nd floor not printing', 'The HP printer shows offline, print jobs stuck in the queue'),
  ticket('printer not printing', 'print jobs stuck in queue, printer offline again'),
  ticket('Printers offline', 'none of the printers print, queue is stuck'),
  ticket('printing stuck in queue', 'printer queue stuck, nothing prints'),
];
export const passwordTickets = () => [
  ticket('Password expired', 'my password expired and I cannot log in to windows'),
  ticket('password reset needed', 'please reset my password, it expired this morning'),
  ticket('pwd expired cannot login', 'windows says my password has expired'),
  ticket('reset password', 'password expired, locked out of windows login'),
];
export const vpnTickets = () => [
  ticket('VPN disconnects every hour', 'the vpn client drops the connection every hour'),
  ticket('vpn keeps disconnecting', 'vpn connection drops constantly when working from home'),
  ticket('VPN connection drops', 'my vpn client disconnects after a few minutes'),
];
