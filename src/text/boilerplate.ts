/**
 * Removes the parts of a support mail that describe the mail, not the problem: mail headers,
 * greetings, quoted replies, signatures, disclaimers and PSA notices. Works line by line and
 * looks only at each line's head, so cost is linear however long a line is.
 */
import { stripFormFields } from './form-fields.js';
import { LINE_HEAD_CHARS } from './limits.js';
import { MAIL_HEADER_LABELS } from './mail-headers.js';

/** A header line (kept out; the content after it continues). */
const HEADER = new RegExp(`^(?:${MAIL_HEADER_LABELS.join('|')})\\s*:`);
/** A short line that only greets. */
const GREETING = /^(?:(?:hi|hello|hey|dear|hallo|moin|servus|greetings|good (?:morning|afternoon|evening|day)|guten (?:morgen|tag|abend)|sehr geehrte[rs]?|liebe[rs]?)\b|您好|你好|大家好|各位好)/;
/** Everything from here on is a sign-off, a disclaimer or a quoted earlier message (Chinese ones too). */
const CUT = /^(?:-- ?$|--+ ?original message|-+ ?urspr[üu]ngliche nachricht|_{5,}|on .{0,80} wrote:|am .{0,80} schrieb|(?:best|kind|warm)(?:est)? regards|regards|best wishes|best$|thanks(?: and| &) regards|cheers|sincerely|yours|mit freundlichen gr[üu](?:ß|ss)en|freundliche gr[üu](?:ß|ss)e|viele gr[üu](?:ß|ss)e|gr[üu](?:ß|ss)e|mfg|lg|sent from my|von meinem .{0,30} gesendet|this (?:e-?mail|message)(?: and any attachments?)? (?:is|contains|may contain) (?:confidential|privileged)|confidentiality notice|disclaimer|此致|顺祝|祝好|本讯息|本邮件|本郵件|此邮件|本电子邮件|免责声明)/;
/** PSA and mail-gateway notices, dropped line by line. */
const NOTICE = /^(?:#+ ?-? ?please (?:type|write) your reply above|please do not reply|do not reply|this is an automated|caution: this (?:e-?mail|message) originated|\[?external\]? ?(?:e-?mail|sender)|you are receiving this|ticket #?\S{0,20} has been (?:created|updated)|thank you for contacting|a new ticket has been)/;
const SHORT_LINE = 60;

/** Strips thanks-only sign-offs that would otherwise remain when they are short. */
const THANKS_ONLY = /^(?:(?:thanks?|thank you|thx|ty|danke|vielen dank)\b|谢谢|多谢|感谢|ありがとう)[\s\w,.!]{0,25}$/;

/** "Hi John, the VPN drops" keeps "the VPN drops"; a greeting alone ("Hello team,") goes. */
function withoutGreeting(line: string): string {
  const comma = line.slice(0, 40).search(/[,!:]/);
  if (comma >= 0) return line.slice(comma + 1).trim();
  return line.split(/\s+/).length <= 3 ? '' : line;
}

export function stripBoilerplate(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  const body = stripFormFields(lines);
  for (let i = 0; i < body.length; i++) {
    const line = body[i].trim();
    if (line === '') continue;
    const head = line.slice(0, LINE_HEAD_CHARS).toLowerCase();
    if (head.startsWith('>')) continue;
    if (CUT.test(head) && (line.length < SHORT_LINE || !/^(?:best|regards|cheers|yours)/.test(head))) {
      if (kept.length > 0) break;
      continue;
    }
    if (HEADER.test(head) || NOTICE.test(head)) continue;
    if (line.length < SHORT_LINE && THANKS_ONLY.test(head)) continue;
    const content = GREETING.test(head) ? withoutGreeting(line) : line;
    if (content !== '') kept.push(content);
  }
  return kept.join('\n');
}
