/**
 * Tells machine-generated tickets (monitoring, RMM, backup and scheduler alerts) from human
 * ones. Alerts come from a system sender or read like a status line: a monitored object
 * (masked host, path, address) next to a state word. Product-agnostic on purpose.
 */
const SYSTEM_SENDER = /(?:^|\n)\s*(?:received from|from|von)\s*:\s*\S*(?:no-?reply|monitor|alert|nagios|zabbix|prtg|rmm|backup|scheduler|daemon|system|automation|notification|datto|ninja|kaseya|veeam|solarwinds|n-able)/i;
const STATE_WORD = /\b(?:critical|warning|failed|failure|down|offline|unreachable|utili[sz]ed|threshold|exceeded|not responding|timed? ?out|error|alert|alarm|restored|recovered|is up|degraded|missed|space consumed)\b/i;
const ALERT_PREFIX = /^\s*(?:\[?(?:alert|alarm|critical|warning|warn|info|problem|resolved|recovery|ok)\]?\s*[:\-\]]|event\s*:|monitor(?:ing)?\s*:|backup (?:job|failed|warning)|job \S+ (?:failed|completed with))/i;
const OBJECT_PLACEHOLDER = /<(?:host|ip|path|id|mac|url)>/;

/** `rawBody` is the uncleaned body (the sender line is stripped by cleaning); `maskedTitle` is cleaned. */
export function isAlert(maskedTitle: string, rawBody: string): boolean {
  const head = rawBody.slice(0, 400);
  if (SYSTEM_SENDER.test(head)) return true;
  if (ALERT_PREFIX.test(maskedTitle)) return true;
  return OBJECT_PLACEHOLDER.test(maskedTitle) && STATE_WORD.test(maskedTitle);
}
