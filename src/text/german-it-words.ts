/**
 * German service-desk words and their English equivalents, so a German ticket and an English one
 * about the same problem share terms: MSPs in the DACH region get both, and one cause recurring
 * at clients in both languages is one theme. Only the things and states that name a problem
 * (printer, mailbox, certificate, expired), as written in tickets (inflected forms listed,
 * umlauts also as ae/oe/ue), and never words that are English too ("handy", "art", "gift").
 * General words (locked, file, error, open, user, phone) are left out: translated, they joined
 * different problems across languages ("Excel Datei gesperrt" with locked accounts). Measured on
 * the dev streams, German and English tickets of one request scored as one: with these words
 * AMI +0.008..+0.012 and purity5 equal or higher; with the general words too, purity5 fell by
 * up to 0.04. The English side is stemmed as English (prepare.ts), so "Drucker" and "printer"
 * meet whatever the ticket's language.
 */
const PAIRS: Array<[english: string, german: string[]]> = [
  ['password', ['passwort', 'passwörter', 'passwoerter', 'kennwort', 'kennwörter', 'kennwoerter']],
  ['account', ['konto', 'konten', 'benutzerkonto', 'benutzerkonten']],
  ['unlock', ['entsperren', 'entsperrt', 'entsperrung']],
  ['expired', ['abgelaufen', 'abgelaufene', 'abgelaufenes', 'abgelaufenen']],
  ['reset', ['zurücksetzen', 'zuruecksetzen', 'zurückgesetzt', 'zurueckgesetzt']],
  ['computer', ['rechner', 'arbeitsplatzrechner']],
  ['printer', ['drucker', 'druckern', 'druckers']],
  ['print', ['druckt', 'drucken', 'ausdruck', 'ausdrucken', 'druckauftrag', 'druckaufträge', 'druckauftraege']],
  ['cartridge', ['tonerkartusche', 'kartusche', 'patrone', 'patronen']],
  ['screen', ['bildschirm', 'bildschirme', 'bildschirms']],
  ['keyboard', ['tastatur', 'tastaturen']],
  ['mouse', ['maus']],
  ['battery', ['akku', 'batterie']],
  ['charger', ['ladegerät', 'ladegeraet', 'netzteil']],
  ['disk', ['festplatte', 'festplatten', 'platte']],
  ['space', ['speicherplatz', 'plattenplatz']],
  ['drive', ['laufwerk', 'laufwerke', 'netzlaufwerk', 'netzlaufwerke']],
  ['network', ['netzwerk', 'netz']],
  ['connection', ['verbindung', 'verbindungen', 'verbinden', 'verbunden']],
  ['slow', ['langsam', 'langsame', 'langsamer']],
  ['mailbox', ['postfach', 'postfächer', 'postfaecher']],
  ['attachment', ['anhang', 'anhänge', 'anhaenge']],
  ['calendar', ['kalender']],
  ['update', ['aktualisierung', 'aktualisierungen', 'aktualisieren']],
  ['crash', ['absturz', 'abstürze', 'abstuerze', 'abgestürzt', 'abgestuerzt', 'stürzt', 'stuerzt']],
  ['restart', ['neustart', 'neustarten', 'neugestartet']],
  ['install', ['installieren', 'installation', 'installiert']],
  ['license', ['lizenz', 'lizenzen']],
  ['certificate', ['zertifikat', 'zertifikate', 'zertifikats']],
  ['backup', ['sicherung', 'sicherungen', 'datensicherung']],
  ['restore', ['wiederherstellen', 'wiederherstellung']],
];

export const GERMAN_IT_WORDS: ReadonlyMap<string, string> = new Map(PAIRS.flatMap(([english, german]) => german.map((word) => [word, english] as const)));

/**
 * English IT words that German tickets use as they are ("Server nicht erreichbar"), which the
 * German stemmer would cut differently from the English one (server: serv, not server; printer:
 * print): stemmed as English in every ticket, so both languages' tickets share them. Only words
 * whose two stems differ need listing.
 */
export const ENGLISH_LOANWORDS: ReadonlySet<string> = new Set([
  'server', 'servers', 'router', 'routers', 'scanner', 'scanners', 'browser', 'browsers', 'firewall', 'firewalls', 'cluster',
  'controller', 'container', 'docker', 'adapter', 'folder', 'folders', 'backup', 'backups', 'windows', 'onedrive', 'forticlient',
  'printer', 'printers', 'meeting', 'meetings', 'token', 'tokens', 'terminal', 'terminalserver', 'administrator', 'chrome',
  'driver', 'drivers', 'display', 'displays', 'docking', 'dockingstation', 'certificate', 'certificates', 'share', 'shares',
  'drive', 'drives', 'phone', 'phones', 'apps', 'authenticator', 'install', 'installer', 'installation', 'update', 'updates',
  'upgrade', 'upgrades', 'account', 'accounts', 'user', 'users', 'ticket', 'tickets', 'client', 'clients', 'laptop', 'laptops',
]);
