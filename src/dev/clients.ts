/** Fictional MSP clients with contacts and devices named the way RMM inventories name them. */
import type { Random } from './random.js';

export interface Contact { id: string; name: string; email: string }
export interface Device { id: string; name: string; kind: 'laptop' | 'desktop' | 'server' | 'printer' }
export interface Client {
  id: string;
  name: string;
  /** German-speaking clients write some tickets in German. */
  language: 'en' | 'de';
  source: string;
  domain: string;
  contacts: Contact[];
  devices: Device[];
  printerModel: string;
}

const COMPANIES: Array<{ name: string; prefix: string; language: 'en' | 'de'; domain: string }> = [
  { name: 'Acme Dental', prefix: 'ACME', language: 'en', domain: 'acmedental.example' },
  { name: 'Harbour Freight Logistics', prefix: 'HFL', language: 'en', domain: 'harbourfreight.example' },
  { name: 'Riverside Accounting', prefix: 'RSA', language: 'en', domain: 'riverside-cpa.example' },
  { name: 'Müller & Partner Steuerberatung', prefix: 'MUP', language: 'de', domain: 'mueller-partner.example' },
  { name: 'Northwind Architects', prefix: 'NWA', language: 'en', domain: 'northwind-arch.example' },
  { name: 'Bäckerei Schmidt GmbH', prefix: 'BSG', language: 'de', domain: 'baeckerei-schmidt.example' },
  { name: 'Summit Physiotherapy', prefix: 'SPT', language: 'en', domain: 'summitphysio.example' },
  { name: 'Clearwater Legal LLP', prefix: 'CWL', language: 'en', domain: 'clearwaterlegal.example' },
];
const FIRST_EN = ['Dana', 'Mark', 'Priya', 'Tom', 'Sarah', 'James', 'Aisha', 'Ben', 'Chloe', 'Daniel', 'Emma', 'Liam', 'Olivia', 'Raj', 'Grace', 'Noah', 'Sofia', 'Kevin', 'Hannah', 'Marcus'];
const FIRST_DE = ['Anna', 'Jonas', 'Lena', 'Lukas', 'Sabine', 'Thomas', 'Katrin', 'Stefan', 'Julia', 'Michael', 'Petra', 'Florian', 'Sandra', 'Markus', 'Claudia'];
const LAST_EN = ['Reyes', 'Patel', 'Nguyen', 'Smith', 'Okafor', 'Brown', 'Kowalski', 'Walsh', 'Chen', 'Murphy', 'Hughes', 'Singh', 'Foster', 'Ward'];
const LAST_DE = ['Müller', 'Schmidt', 'Weber', 'Fischer', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Wagner', 'Krüger'];
const PRINTERS = ['Kyocera TASKalfa 3253ci', 'HP LaserJet Pro M404dn', 'Brother MFC-L8900CDW', 'Canon imageRUNNER C3226i', 'Ricoh IM C3000'];
const SOURCES = ['connectwise', 'autotask', 'halopsa'];

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function createClients(random: Random, count: number): Client[] {
  return COMPANIES.slice(0, Math.min(count, COMPANIES.length)).map((company, c) => {
    const staff = random.int(12, 45);
    const de = company.language === 'de';
    const contacts = Array.from({ length: staff }, (_, i) => {
      const first = random.pick(de ? FIRST_DE : FIRST_EN);
      const last = random.pick(de ? LAST_DE : LAST_EN);
      const local = `${first}.${last}`.toLowerCase().replace(/ü/g, 'ue').replace(/ä/g, 'ae').replace(/ö/g, 'oe');
      return { id: `${company.prefix.toLowerCase()}-c${pad(i + 1, 3)}`, name: `${first} ${last}`, email: `${local}@${company.domain}` };
    });
    const laptops = Array.from({ length: Math.round(staff * 0.8) }, (_, i) => `${company.prefix}-LT-${pad(i + 1, 3)}`);
    const desktops = Array.from({ length: Math.round(staff * 0.3) }, (_, i) => `${company.prefix}-DT-${pad(i + 1, 3)}`);
    const devices: Device[] = [
      ...laptops.map((name) => ({ id: name, name, kind: 'laptop' as const })),
      ...desktops.map((name) => ({ id: name, name, kind: 'desktop' as const })),
      ...['DC01', 'FS01', 'APP01'].map((role) => ({ id: `${company.prefix}-${role}`, name: `${company.prefix}-${role}`, kind: 'server' as const })),
      ...[1, 2].map((n) => ({ id: `${company.prefix}-PRN-${pad(n, 2)}`, name: `${company.prefix}-PRN-${pad(n, 2)}`, kind: 'printer' as const })),
    ];
    return {
      id: company.prefix.toLowerCase(),
      name: company.name,
      language: company.language,
      source: SOURCES[c % SOURCES.length],
      domain: company.domain,
      contacts,
      devices,
      printerModel: random.pick(PRINTERS),
    };
  });
}
