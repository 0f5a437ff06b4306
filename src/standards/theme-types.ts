/**
 * What the theme engine hands to the standards logic. Plain data, so the integrator can build it
 * from storage rows without importing anything else from here.
 */
export interface ThemeEvidence {
  id: string;
  name: string;
  /** Top terms in their most frequent surface form, most important first. */
  terms: string[];
  errorCodes: string[];
  /** The Drain-style template for alert-like themes, else null. */
  template: string | null;
  /** PSA category words seen on the theme's tickets. */
  categories: string[];
  sampleTitles: string[];
  ticketCount: number;
}

export interface ThemeStats extends ThemeEvidence {
  hours: number;
  clientIds: string[];
  deviceCount: number;
  /** Tickets with floods collapsed: one outage producing 200 tickets in an hour counts once. */
  events: number;
  firstSeen: Date;
  lastSeen: Date;
  /** Tickets in the last 90 days. */
  recentTickets: number;
  /** Tickets in the 90 days before that. */
  previousTickets: number;
  exampleTicketIds: string[];
}

export interface StandardMatch {
  standardId: string;
  /** 0..1; how sure we are that this standard addresses the theme. */
  confidence: number;
  /** Human-readable: "terms: password, expired", "error code 0x80070070". */
  reasons: string[];
}
