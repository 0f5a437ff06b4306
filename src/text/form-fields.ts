/**
 * Web-form submissions. PSA portals and intake forms turn a request into "Label: value" lines
 * (name, email, browser, language, then the actual summary). The labels are the same on every
 * submission and the identity fields say who asked, not what is wrong; left in, they make
 * every form ticket look alike whatever its problem. A body counts as a form when at least
 * MIN_FIELDS of its lines are fields; then labels are dropped (values kept), and identity and
 * environment fields are dropped whole. Prose with one "Error: ..." line is not a form.
 */
import { MAIL_HEADER_LABELS } from './mail-headers.js';

const FIELD = /^([\p{L}][\p{L} ./#-]{0,30}?)\s*:(?!\/\/)\s*(.*)$/u;
const MIN_FIELDS = 3;

/** Fields naming the requester or their environment (English and German labels). */
const IDENTITY = new Set([
  'name', 'full name', 'first name', 'last name', 'your name', 'email', 'e-mail', 'email address', 'e-mail address', 'mail',
  'phone', 'phone number', 'telephone', 'tel', 'mobile', 'extension', 'language', 'browser', 'operating system', 'os',
  'customer number', 'customer', 'customer id', 'account number', 'contact', 'contact name', 'caller', 'requester', 'requested by',
  'reported by', 'submitted by', 'user', 'user name', 'username', 'user id', 'employee id', 'employee number', 'company',
  'organisation', 'organization', 'department', 'location', 'site', 'office', 'address', 'manager', 'cost center', 'cost centre',
  'sprache', 'telefon', 'telefonnummer', 'standort', 'abteilung', 'firma', 'benutzer', 'benutzername', 'kundennummer', 'vorname', 'nachname',
]);

/** Mail header labels: not form fields (the boilerplate pass drops those lines itself). */
const MAIL_HEADER = new Set(MAIL_HEADER_LABELS);

function fieldOf(line: string): { label: string } | null {
  const head = line.slice(0, 60);
  // A field label ends in ':'; most lines have none near their start, found faster than by FIELD.
  if (!head.includes(':')) return null;
  const m = FIELD.exec(head);
  if (!m) return null;
  const label = m[1].trim().toLowerCase();
  return MAIL_HEADER.has(label) ? null : { label };
}

/** Lines of a body with form labels and identity fields removed, or the same lines if it is not a form. */
export function stripFormFields(lines: readonly string[]): readonly string[] {
  let fields = 0;
  for (let i = 0; i < lines.length; i++) if (fieldOf(lines[i])) fields++;
  if (fields < MIN_FIELDS) return lines;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const field = fieldOf(line);
    if (!field) { out.push(line); continue; }
    if (IDENTITY.has(field.label)) continue;
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (value !== '') out.push(value);
  }
  return out;
}
