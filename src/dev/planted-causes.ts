/**
 * Recurring causes planted in the generated ticket stream, each with the standard that should be
 * suggested for it. Wording varies the way real users and monitoring tools vary it; German clients
 * get German variants for the human-written causes.
 */
import { accountCauses } from './causes/account-causes.js';
import { deviceCauses } from './causes/device-causes.js';
import { serviceCauses } from './causes/service-causes.js';

export interface PlantedCause {
  id: string;
  standardId: string;
  description: string;
  /** Mean tickets a month at an affected client. */
  perClientPerMonth: number;
  /** Share of clients that have this cause at all. */
  clientShare: number;
  /** Machine-generated alert text (fixed template, hostnames and numbers vary). */
  alert: boolean;
  category: { board: string; type: string; subtype?: string; item?: string };
  typicalHours: number;
  priority: string;
  titles: { en: string[]; de?: string[] };
  descriptions: { en: string[]; de?: string[] };
  resolutions: string[];
  /** Occasional outages that produce a burst of tickets within an hour. */
  flood?: { perClientPerYear: number; size: [number, number] };
}

const byId = new Map([...accountCauses, ...deviceCauses, ...serviceCauses].map((cause) => [cause.id, cause]));

/** Fixed order: the generator draws random numbers cause by cause, so the order is part of the seed's meaning. */
export const plantedCauses: readonly PlantedCause[] = [
  'password-expiry',
  'printer-driver',
  'disk-full-updates',
  'vpn-drops',
  'mailbox-full',
  'backup-failures',
  'account-lockouts',
  'mfa-new-phone',
  'certificate-expiry',
  'toner-low',
  'new-starter',
  'scan-to-email',
].map((id) => byId.get(id)!);
