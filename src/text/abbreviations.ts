/**
 * Common IT shorthand mapped to one canonical token, so "pwd reset" and "password reset"
 * (or German "Kennwort") meet. Only unambiguous forms: "ad" or "dc" could be ordinary words.
 */
const TABLE: Record<string, string> = {
  pwd: 'password', pw: 'password', pword: 'password', passwd: 'password', pswd: 'password',
  passwort: 'password', kennwort: 'password', passwörter: 'password', kennwörter: 'password',
  o365: 'office365', m365: 'office365', ms365: 'office365',
  '2fa': 'mfa', tfa: 'mfa', '2sv': 'mfa', totp: 'mfa',
  acct: 'account', accnt: 'account', konto: 'account',
  pc: 'computer', laptop: 'computer', notebook: 'computer', desktop: 'computer', rechner: 'computer',
  wlan: 'wifi', wireless: 'wifi',
  drucker: 'printer', druckt: 'print', drucken: 'print',
  mail: 'email', mails: 'email', emails: 'email',
  msg: 'message', config: 'configuration', cfg: 'configuration', auth: 'authentication',
  admin: 'administrator', db: 'database', info: 'information', pls: 'please', plz: 'please',
  thx: 'thanks', asap: 'urgent', w10: 'windows', win10: 'windows', win11: 'windows', msteams: 'teams',
};

const CANONICAL = new Map(Object.entries(TABLE));

export function canonical(token: string): string {
  return CANONICAL.get(token) ?? token;
}
