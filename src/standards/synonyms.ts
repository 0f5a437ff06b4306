/**
 * Words that mean the same thing to a service desk, mapped onto one concept key.
 * Keys are folded (no accents) and may be either the raw word or its light stem; values are the
 * concept key both sides of a match end up with. German entries cover the DACH tickets MSPs get.
 */
const GROUPS: Record<string, string[]> = {
  password: ['password', 'passwort', 'passworter', 'kennwort', 'kennworter', 'passwd', 'pwd', 'pw', 'passphrase'],
  expir: ['expir', 'expiry', 'abgelaufen', 'ablauf', 'lauft', 'outdated'],
  lock: ['lock', 'lockout', 'locked', 'gesperrt', 'sperre', 'sperrt', 'gesperr'],
  login: ['login', 'logon', 'signin', 'anmeldung', 'anmelden', 'einloggen'],
  printer: ['printer', 'print', 'drucker', 'druck', 'drucken', 'druckauftrag', 'mfp', 'mfd', 'copier', 'kopierer'],
  toner: ['toner', 'cartridge', 'tonerkartusche', 'patrone', 'ink', 'tinte'],
  scan: ['scan', 'scanner', 'scanning', 'einscannen', 'scannen'],
  disk: ['disk', 'hdd', 'ssd', 'festplatte', 'speicherplatz', 'laufwerk', 'harddrive'],
  full: ['full', 'voll', 'low', 'knapp', 'exhausted'],
  mailbox: ['mailbox', 'postfach', 'mailboxe'],
  backup: ['backup', 'sicherung', 'datensicherung', 'backupjob'],
  restore: ['restore', 'wiederherstellung', 'wiederherstellen', 'recover', 'recovery'],
  certificate: ['certificate', 'cert', 'zertifikat', 'ssl', 'tls'],
  update: ['update', 'aktualisierung', 'patch', 'patche', 'hotfix', 'windowsupdate'],
  network: ['network', 'netzwerk', 'lan'],
  wifi: ['wifi', 'wlan', 'wireless', 'ssid'],
  connect: ['connect', 'connection', 'verbindung', 'verbinden', 'connectivity'],
  disconnect: ['disconnect', 'drop', 'getrennt', 'abbruch', 'unterbrochen', 'dropout'],
  slow: ['slow', 'langsam', 'sluggish', 'laggy', 'lag'],
  laptop: ['laptop', 'notebook', 'pc', 'computer', 'rechner', 'workstation'],
  email: ['email', 'mail', 'emails'],
  spam: ['spam', 'junk', 'werbung'],
  phish: ['phish', 'phishing', 'fishing'],
  user: ['user', 'benutzer', 'nutzer', 'mitarbeiter', 'mitarbeiterin', 'employee', 'staff'],
  starter: ['starter', 'newstarter', 'onboard', 'onboarding', 'neuer', 'neue', 'eintritt', 'hire', 'newhire'],
  leaver: ['leaver', 'offboard', 'offboarding', 'austritt', 'ausgeschieden', 'termination', 'terminated'],
  shar: ['shar', 'freigab', 'freigabe'],
  file: ['file', 'datei', 'dateien', 'document', 'dokument'],
  deleted: ['delet', 'geloscht', 'loschen', 'removed'],
  battery: ['battery', 'akku', 'batterie'],
  install: ['install', 'installation', 'installier', 'installieren', 'deploy'],
  admin: ['admin', 'administrator', 'adminrecht', 'adminrechte', 'elevation', 'elevated', 'uac'],
  virus: ['virus', 'malware', 'trojan', 'ransomware', 'schadsoftware'],
  firewall: ['firewall', 'fortigate', 'sonicwall', 'meraki', 'watchguard'],
  vpn: ['vpn', 'anyconnect', 'globalprotect', 'forticlient', 'wireguard'],
  mfa: ['mfa', '2fa', 'multifactor', 'authenticator', 'zweifaktor', 'otp', 'totp'],
  power: ['power', 'strom', 'stromausfall', 'outage'],
  monitor: ['monitor', 'display', 'bildschirm', 'screen', 'screens'],
  dock: ['dock', 'docking', 'dockingstation', 'thunderbolt'],
};

export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(GROUPS).flatMap(([concept, words]) => words.map((word) => [word, concept] as const)),
);
