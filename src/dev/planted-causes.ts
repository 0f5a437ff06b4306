/**
 * Recurring causes planted in the generated ticket stream, each with the standard that should be
 * suggested for it. Wording varies the way real users and monitoring tools vary it; German clients
 * get German variants for the human-written causes.
 */
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

export const plantedCauses: readonly PlantedCause[] = [
  {
    id: 'password-expiry',
    standardId: 'self-service-password-reset',
    description: 'Passwords expire every 90 days and users call the desk to reset them.',
    perClientPerMonth: 4, clientShare: 0.75, alert: false, typicalHours: 0.3, priority: 'P3',
    category: { board: 'Service Desk', type: 'Account', subtype: 'Password Reset' },
    titles: {
      en: ['Password expired', 'My password has expired and I cannot log in', 'Password reset please', 'Forgot my password', 'Can\'t log in - password expired?', 'password expired again', 'Need password reset for {user}', 'Reset password - locked out of laptop', 'Password change prompt, now nothing works'],
      de: ['Passwort abgelaufen', 'Kennwort abgelaufen, kann mich nicht anmelden', 'Bitte Passwort zurücksetzen', 'Passwort vergessen'],
    },
    descriptions: {
      en: ['Hi, Windows said my password expired this morning and now it won\'t take my new password. Can you reset it please? Thanks, {user}', 'I got a message that my password will expire and I ignored it, now I\'m locked out. Please reset.', '{user} called, password expired while on holiday, needs a reset so she can log in.', 'Cannot log in on {device}, it says the password has expired and to change it, but the change fails.'],
      de: ['Hallo, mein Passwort ist abgelaufen und ich komme nicht mehr rein. Bitte zurücksetzen. Danke, {user}', 'Windows sagt Kennwort abgelaufen, neues Kennwort wird nicht angenommen.'],
    },
    resolutions: ['Reset password in AD, user changed it at next logon.', 'Password reset, synced to Entra, user logged in.', 'Temporary password given by phone, user set a new one.'],
  },
  {
    id: 'printer-driver',
    standardId: 'print-driver-standardisation',
    description: 'One printer model\'s auto-updated driver leaves jobs stuck in the queue and crashes the spooler.',
    perClientPerMonth: 3, clientShare: 0.6, alert: false, typicalHours: 0.75, priority: 'P3',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Printer' },
    titles: {
      en: ['Printer not printing', 'Print jobs stuck in queue on {printer}', 'Can\'t print to the Kyocera', 'Printer offline again', 'Printing not working - {printerModel}', 'Documents stuck in print queue', 'Nothing comes out of the printer', 'Printer shows offline but it is on'],
      de: ['Drucker druckt nicht', 'Druckauftrag hängt in der Warteschlange', 'Drucker offline', 'Kyocera Drucker geht nicht'],
    },
    descriptions: {
      en: ['I sent a document to {printer} ({printerModel}) twenty minutes ago and it is still sitting in the queue.', 'The print spooler seems to have crashed, nobody in the office can print.', 'Printer says ready but my jobs just sit there with status error - printing. Tried restarting.', 'After the update yesterday the printer driver seems broken, prints come out garbled.'],
      de: ['Druckaufträge bleiben in der Warteschlange hängen, Drucker {printer} zeigt offline.', 'Seit gestern druckt der Kyocera nicht mehr, Druckertreiber?'],
    },
    resolutions: ['Restarted print spooler, cleared queue, reinstalled {printerModel} driver.', 'Rolled back Type 4 driver to the vendor PCL6 driver, test page OK.', 'Cleared stuck jobs, restarted spooler service on FS01.'],
  },
  {
    id: 'disk-full-updates',
    standardId: 'disk-space-storage-sense',
    description: 'Nearly-full system drives make Windows updates fail with 0x80070070.',
    perClientPerMonth: 2.5, clientShare: 0.7, alert: false, typicalHours: 1, priority: 'P3',
    category: { board: 'Service Desk', type: 'Hardware', subtype: 'Disk Space' },
    titles: {
      en: ['Windows update failed 0x80070070', 'C drive full - updates failing', 'Low disk space on {device}', 'Update error 0x80070070 not enough space', 'Laptop says disk is full', 'Disk space critical, Windows update stuck'],
      de: ['Festplatte voll, Updates schlagen fehl', 'Kein Speicherplatz auf C:', 'Windows Update Fehler 0x80070070'],
    },
    descriptions: {
      en: ['Windows keeps saying updates failed with error 0x80070070. C: only has 2 GB free.', 'My laptop is really slow and says low disk space, I can\'t save anything.', 'Patch report shows {device} failed the cumulative update, 0x80070070 - there is not enough space on the disk.', 'Getting a pop up that there is not enough free space to install updates.'],
      de: ['Auf C: sind nur noch 1,5 GB frei, Windows Update bricht mit 0x80070070 ab.', 'Festplatte ist voll, Rechner sehr langsam.'],
    },
    resolutions: ['Ran disk cleanup, removed old Windows update files and temp, 40 GB free, update installed.', 'Cleared SoftwareDistribution and user temp, moved Downloads to OneDrive. Update OK.', 'Deleted old profiles, DISM component cleanup, update succeeded.'],
  },
  {
    id: 'vpn-drops',
    standardId: 'vpn-client-pinning-ztna',
    description: 'An auto-updated VPN client version drops connections for home workers.',
    perClientPerMonth: 3, clientShare: 0.5, alert: false, typicalHours: 0.75, priority: 'P2',
    category: { board: 'Service Desk', type: 'Network', subtype: 'VPN' },
    titles: {
      en: ['VPN keeps disconnecting', 'VPN drops every few minutes', 'Cannot connect to VPN from home', 'FortiClient VPN not connecting', 'VPN connection lost, can\'t reach the S: drive', 'VPN disconnects during Teams calls'],
      de: ['VPN Verbindung bricht ständig ab', 'VPN geht nicht im Homeoffice', 'FortiClient verbindet nicht'],
    },
    descriptions: {
      en: ['Working from home today and the VPN drops every 5-10 minutes, I lose access to the file share each time.', 'FortiClient updated itself this morning and now it won\'t connect, stuck at 98%.', 'VPN disconnects whenever I\'m on a call, have to reconnect all the time.', 'Can\'t connect to the VPN, error says the remote gateway did not respond.'],
      de: ['Im Homeoffice bricht die VPN Verbindung alle paar Minuten ab.', 'VPN verbindet nicht mehr seit dem Update von FortiClient.'],
    },
    resolutions: ['Rolled FortiClient back to 7.2.4, connection stable.', 'Reinstalled VPN client and reset DPD settings.', 'User on 7.4 client, downgraded to pinned version.'],
    flood: { perClientPerYear: 2, size: [4, 10] },
  },
  {
    id: 'mailbox-full',
    standardId: 'mailbox-archiving-retention',
    description: 'Mailboxes hit their quota and stop sending and receiving.',
    perClientPerMonth: 1.5, clientShare: 0.6, alert: false, typicalHours: 0.75, priority: 'P3',
    category: { board: 'Service Desk', type: 'Email', subtype: 'Mailbox' },
    titles: {
      en: ['Mailbox full', 'Your mailbox is almost full warning', 'Can\'t send emails - mailbox full', 'Mailbox size limit reached', 'Outlook says mailbox is full', 'Mailbox quota exceeded'],
      de: ['Postfach voll', 'Postfach fast voll, kann keine Mails senden'],
    },
    descriptions: {
      en: ['I keep getting a message that my mailbox is almost full and now I can\'t send.', 'Emails bouncing back saying the mailbox is full, 554 5.2.2 mailbox quota exceeded.', 'Outlook warns the mailbox has exceeded its storage limit, I have 49.5 GB used.', 'Can you increase my mailbox size? It is full again.'],
      de: ['Mein Postfach ist voll und ich kann keine E-Mails mehr senden.'],
    },
    resolutions: ['Enabled online archive and applied 2-year archive policy.', 'Emptied deleted items, moved old folders to archive. 30 GB free.', 'Archive enabled, managed folder assistant started.'],
  },
  {
    id: 'backup-failures',
    standardId: 'backup-monitoring',
    description: 'Nightly backup jobs fail on VSS timeouts and repository space; alerts arrive as machine text.',
    perClientPerMonth: 4, clientShare: 0.7, alert: true, typicalHours: 0.5, priority: 'P2',
    category: { board: 'Monitoring', type: 'Alert', subtype: 'Backup' },
    titles: {
      en: ['[Failed] Backup job {job} failed on {server}', 'Veeam: Backup job {job} finished with error', 'Backup job {job} failed - {server}'],
    },
    descriptions: {
      en: ['Job {job} finished with error at {time}. Processing {server} Error: Failed to create snapshot: VSS_E_WRITERERROR_TIMEOUT. Retry 3 of 3.', 'Backup job {job} failed. Error: Not enough free space on repository. {n} VMs processed, 1 failed.', 'Job {job} failed on {server}. Error code 0x800423f4: the writer experienced a non-transient error.'],
    },
    resolutions: ['Re-ran job, succeeded.', 'Restarted VSS writers on {server}, retry OK.', 'Cleared old restore points on repository, job succeeded.'],
  },
  {
    id: 'account-lockouts',
    standardId: 'account-lockout-policy',
    description: 'Phones with an old password lock accounts out repeatedly after a password change.',
    perClientPerMonth: 2, clientShare: 0.5, alert: false, typicalHours: 0.5, priority: 'P2',
    category: { board: 'Service Desk', type: 'Account', subtype: 'Lockout' },
    titles: {
      en: ['Account locked out', 'My account keeps locking', 'Locked out again', 'User account locked - {user}', 'Account locked, too many attempts'],
      de: ['Konto gesperrt', 'Benutzerkonto wird ständig gesperrt'],
    },
    descriptions: {
      en: ['My account got locked out again this morning, third time this week. I haven\'t typed a wrong password.', 'Security log shows event ID 4740 for {user}, caller computer is a mobile device.', 'Locked out after changing my password yesterday, my phone still has the old one I think.'],
      de: ['Mein Konto ist schon wieder gesperrt, obwohl ich das richtige Kennwort eingebe.'],
    },
    resolutions: ['Unlocked account, removed old password from phone mail profile.', 'Unlocked; source was a mapped drive with stored credentials, cleared Credential Manager.'],
  },
  {
    id: 'mfa-new-phone',
    standardId: 'mfa-authenticator-number-matching',
    description: 'Users replace phones and lose their only MFA method.',
    perClientPerMonth: 1.2, clientShare: 0.6, alert: false, typicalHours: 0.5, priority: 'P3',
    category: { board: 'Service Desk', type: 'Account', subtype: 'MFA' },
    titles: {
      en: ['New phone - Authenticator not working', 'MFA prompt not arriving', 'Lost my phone, can\'t sign in (MFA)', 'Need MFA reset', 'Authenticator app codes not accepted'],
      de: ['Neues Handy, Authenticator App geht nicht', 'MFA Anfrage kommt nicht an'],
    },
    descriptions: {
      en: ['I got a new phone and the Authenticator app is empty, now I can\'t approve the sign in.', 'The MFA prompt never shows up on my phone, I just get the verification code screen.', 'Lost my phone at the weekend, need to get into email. Only had the authenticator on it.'],
      de: ['Ich habe ein neues Handy und die Authenticator App zeigt mein Konto nicht mehr an.'],
    },
    resolutions: ['Required re-registration of MFA, user set up Authenticator on new phone.', 'Issued a Temporary Access Pass, user registered new phone.'],
  },
  {
    id: 'certificate-expiry',
    standardId: 'certificate-lifecycle',
    description: 'Public certificates expire unnoticed; monitoring sends expiry alerts, users then see errors.',
    perClientPerMonth: 0.6, clientShare: 0.6, alert: true, typicalHours: 1.5, priority: 'P2',
    category: { board: 'Monitoring', type: 'Alert', subtype: 'Certificate' },
    titles: {
      en: ['SSL certificate expiring in {days} days for {host}', 'Certificate has expired: {host}', 'Warning: SSL certificate for {host} expires in {days} days'],
    },
    descriptions: {
      en: ['The SSL certificate for {host} expires in {days} days (issuer: Sectigo RSA Domain Validation). Renew before expiry.', 'Certificate has expired for {host}. Browsers show NET::ERR_CERT_DATE_INVALID.'],
    },
    resolutions: ['Renewed certificate and bound it on the firewall.', 'Reissued certificate, installed on {server}.'],
  },
  {
    id: 'toner-low',
    standardId: 'managed-print-supplies',
    description: 'Toner runs out and the service desk relays orders to the print vendor by hand.',
    perClientPerMonth: 1.5, clientShare: 0.7, alert: false, typicalHours: 0.25, priority: 'P4',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Consumables' },
    titles: {
      en: ['Toner low on {printer}', 'Need new toner cartridge', 'Printer out of toner', 'Order toner for the upstairs printer', 'Black toner empty'],
      de: ['Toner leer', 'Bitte Toner bestellen'],
    },
    descriptions: {
      en: ['The printer says toner low, can you order a new black cartridge please?', '{printer} is out of cyan toner, printing is very faint.', 'We need toner for the {printerModel} by the front desk.'],
      de: ['Der Drucker meldet Toner leer, bitte neuen Toner bestellen.'],
    },
    resolutions: ['Ordered toner from vendor, delivered next day.', 'Replacement cartridge ordered via vendor portal.'],
  },
  {
    id: 'new-starter',
    standardId: 'onboarding-automation',
    description: 'Each new starter arrives by email with half the details, and things are missed on day one.',
    perClientPerMonth: 1, clientShare: 0.8, alert: false, typicalHours: 3, priority: 'P3',
    category: { board: 'Service Desk', type: 'User Management', subtype: 'New User' },
    titles: {
      en: ['New starter - {fullName} starting Monday', 'New user setup for {fullName}', 'Onboarding: new employee in accounts', 'Please create account for new starter', 'New hire next week - needs laptop and email'],
      de: ['Neuer Mitarbeiter ab 1. - Benutzer anlegen', 'Neue Mitarbeiterin: Konto und Laptop einrichten'],
    },
    descriptions: {
      en: ['{fullName} starts on Monday in accounts. Needs email, laptop, access to the Finance share and the accounting software. Same as {user}.', 'We have a new starter next week, can you set up a user account and get a laptop ready?', 'New employee starting tomorrow, sorry for the short notice - needs everything.'],
      de: ['Ab Montag fängt {fullName} bei uns an. Bitte Benutzer anlegen, E-Mail und Laptop einrichten.'],
    },
    resolutions: ['Created account, licence, groups; laptop built and handed over.', 'User created, mailbox and Teams set up, laptop enrolled.'],
  },
  {
    id: 'scan-to-email',
    standardId: 'scan-to-email-standard',
    description: 'The copier sends scans through a user mailbox with SMTP AUTH, which breaks on every password change.',
    perClientPerMonth: 1, clientShare: 0.5, alert: false, typicalHours: 1, priority: 'P3',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Scanning' },
    titles: {
      en: ['Scan to email not working', 'Scanner not sending emails', 'Can\'t scan to email from the copier', 'Scan to folder stopped working'],
      de: ['Scan to Mail geht nicht', 'Scanner verschickt keine E-Mails mehr'],
    },
    descriptions: {
      en: ['The copier says SMTP authentication failed when I try scan to email.', 'Scans are not arriving in my inbox any more, the machine shows an error on sending.', 'Scan to folder gives an error, was working last week.'],
      de: ['Beim Scannen an E-Mail kommt ein Fehler, nichts kommt an.'],
    },
    resolutions: ['Updated SMTP credentials on the copier after the scanner account password change.', 'Reconfigured scan-to-email to use the SMTP relay connector.'],
  },
];
