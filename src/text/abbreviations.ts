/**
 * Common IT shorthand mapped to one canonical token, so "pwd reset" and "password reset" meet;
 * German words are mapped to English ones (german-it-words.ts), so "Kennwort" meets them too.
 * Only unambiguous forms: "ad" or "dc" could be ordinary words.
 */
import { ENGLISH_LOANWORDS, GERMAN_IT_WORDS } from './german-it-words.js';

const TABLE: Record<string, string> = {
  pwd: 'password', pw: 'password', pword: 'password', passwd: 'password', pswd: 'password',
  o365: 'office365', m365: 'office365', ms365: 'office365',
  '2fa': 'mfa', tfa: 'mfa', '2sv': 'mfa', totp: 'mfa',
  acct: 'account', accnt: 'account',
  pc: 'computer', laptop: 'computer', notebook: 'computer', desktop: 'computer',
  wlan: 'wifi', wireless: 'wifi',
  mail: 'email', mails: 'email', emails: 'email',
  msg: 'message', config: 'configuration', cfg: 'configuration', auth: 'authentication',
  admin: 'administrator', db: 'database', info: 'information', pls: 'please', plz: 'please',
  thx: 'thanks', asap: 'urgent', w10: 'windows', win10: 'windows', win11: 'windows', msteams: 'teams',
};

const CANONICAL = new Map(Object.entries(TABLE));

/** The English word a token stands for: its expansion, its translation, or itself. */
export function canonical(token: string): string {
  return CANONICAL.get(token) ?? GERMAN_IT_WORDS.get(token) ?? token;
}

/** Whether a token is a German word with an English equivalent (its own spelling is what a German reader knows). */
export function isTranslated(token: string): boolean {
  return GERMAN_IT_WORDS.has(token);
}

/** Whether a token stands for an English word (an expansion, a translation or a loanword): it is stemmed as English in every ticket. */
export function isEnglishWord(token: string): boolean {
  return CANONICAL.has(token) || GERMAN_IT_WORDS.has(token) || ENGLISH_LOANWORDS.has(token);
}
