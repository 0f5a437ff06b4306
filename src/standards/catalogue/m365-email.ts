import type { StandardInput } from '../standard-schema.js';

/** Microsoft 365 and email: mailbox limits, Outlook, OneDrive and mail flow. */
export const m365Email: StandardInput[] = [
  {
    id: 'mailbox-archiving-retention',
    title: 'Online archive and retention policy for every mailbox',
    category: 'm365-email',
    prevents: 'Mailboxes reaching their quota and stopping send/receive, and users deleting mail they must keep.',
    evidence: {
      terms: ['mailbox full', 'mailbox size', 'mailbox quota', 'mailbox almost full', 'cannot send email', 'storage limit', 'online archive', 'archive mailbox', 'Postfach voll', 'Postfachgröße', 'quota exceeded'],
      errorCodes: ['554 5.2.2', '5.2.2', '0x8004060c'],
      templates: ['mailbox is almost full', 'your mailbox has exceeded', 'mailbox quota warning'],
      categories: ['email', 'mailbox'],
    },
    implementation: [
      'Enable the online archive for all licensed mailboxes (auto-expanding where licensing allows).',
      'Retention policy: move items older than 2 years to archive; deleted items purged after 30 days.',
      'Monthly report of mailboxes above 80% of quota routed to the account manager, not the service desk.',
    ],
    verification: [
      'No mailbox above 90% of quota in the monthly report.',
      'Mailbox-full tickets and NDRs with 5.2.2 fall to zero.',
    ],
    effortHours: 3,
    expectedReduction: 0.85,
  },
  {
    id: 'outlook-cached-mode-ost',
    title: 'Outlook profile standard: cached mode window, OST size and shared mailbox caching',
    category: 'm365-email',
    prevents: 'Outlook hanging, "not responding", corrupt or oversized OST files and slow shared mailboxes.',
    evidence: {
      terms: ['outlook not responding', 'outlook slow', 'outlook crash', 'outlook freezes', 'ost file', 'rebuild profile', 'new outlook profile', 'outlook keeps asking for password', 'outlook disconnected', 'Outlook hängt', 'Outlook langsam', 'shared mailbox slow'],
      errorCodes: ['0x8004010f', '0x80040600', '0x800ccc0e', '0x80040119'],
      templates: ['outlook data file cannot be accessed'],
      categories: ['outlook', 'email client'],
    },
    implementation: [
      'Set cached mode to 12 months (SyncWindowSetting) and disable caching of shared mailboxes above 10 GB via Intune administrative templates.',
      'Cap OST at 50 GB and place it on the local profile (never redirected folders).',
      'Remove PST files from network shares and import them into the online archive.',
      'Deploy the new Outlook only after its feature gaps are checked per client.',
    ],
    verification: [
      'RMM script reports OST sizes: none above 50 GB, none on network paths.',
      'Outlook hang/crash tickets per month fall.',
    ],
    effortHours: 4,
    expectedReduction: 0.5,
  },
  {
    id: 'onedrive-known-folder-move',
    title: 'OneDrive Known Folder Move and Files On-Demand',
    category: 'm365-email',
    prevents: 'Lost Desktop and Documents files after a laptop failure or swap, and full disks from local copies.',
    evidence: {
      terms: ['onedrive', 'onedrive sync', 'sync error', 'files missing', 'lost files', 'desktop files', 'documents folder', 'sync pending', 'OneDrive Synchronisierung', 'Dateien weg', 'recover file'],
      errorCodes: ['0x8004de40', '0x8004de80', '0x8007016a'],
      templates: ['onedrive sync issue', 'known folder move not configured'],
      categories: ['onedrive', 'file sync'],
    },
    implementation: [
      'Intune settings: silently move Desktop, Documents and Pictures to OneDrive, prevent moving them back, Files On-Demand on.',
      'Silent sign-in with Windows credentials; block personal OneDrive sync.',
      'Migrate mapped-drive "home folders" into OneDrive with a SharePoint Migration Tool job.',
    ],
    verification: [
      'OneDrive sync health dashboard: KFM on for 95% of devices, no device with sync errors older than 7 days.',
      'Lost-file restore tickets fall.',
    ],
    effortHours: 5,
    expectedReduction: 0.6,
  },
  {
    id: 'email-authentication-dmarc',
    title: 'SPF, DKIM and DMARC at p=reject for every sending domain',
    category: 'm365-email',
    prevents: 'Outbound mail landing in recipients\' spam, rejected mail from third-party senders, and spoofed mail using the client\'s own domain.',
    evidence: {
      terms: ['spf', 'dkim', 'dmarc', 'email bounced', 'going to spam', 'spoofed email', 'spoofing', 'emails not delivered', 'ndr', 'Mails kommen nicht an', 'im Spam', 'rejected email'],
      errorCodes: ['550 5.7.1', '550 5.7.509', '550 5.7.26', '5.7.23', '5.7.515'],
      templates: ['dmarc aggregate report', 'message rejected due to dmarc policy', 'spf check failed'],
      categories: ['email delivery', 'dns'],
    },
    implementation: [
      'Publish SPF with every legitimate sender (include: entries under 10 lookups) and -all.',
      'Enable DKIM signing in Exchange Online and in each third-party sender (CRM, invoicing, newsletter).',
      'DMARC p=none with aggregate reports to a DMARC service, then p=quarantine after 30 clean days and p=reject after 60.',
    ],
    verification: [
      'DMARC reports: 99% of legitimate volume passes alignment.',
      'External checker (e.g. MXToolbox) shows SPF, DKIM and DMARC valid for all domains.',
    ],
    effortHours: 6,
    expectedReduction: 0.6,
  },
  {
    id: 'mail-filtering-baseline',
    title: 'Mail filtering baseline: Defender for Office 365 preset policies and user quarantine',
    category: 'm365-email',
    prevents: 'Spam and phishing reaching inboxes, legitimate mail stuck in quarantine that only an admin can release, and users forwarding every suspicious mail to the service desk.',
    evidence: {
      terms: ['spam', 'junk mail', 'quarantine', 'email in quarantine', 'suspicious email', 'release email', 'blocked sender', 'safe sender', 'Spam Mails', 'Quarantäne', 'missing email', 'email not received'],
      errorCodes: ['550 5.7.1'],
      templates: ['message quarantined', 'email messages containing malicious url removed after delivery'],
      categories: ['spam', 'email security'],
    },
    implementation: [
      'Apply the Standard (or Strict for finance) preset security policy; turn on Safe Links and Safe Attachments.',
      'Quarantine policy allowing users to request release of spam (not phish/malware), with daily quarantine notifications.',
      'Deploy the Report button add-in; route reports to the security mailbox with automatic investigation.',
    ],
    verification: [
      'Configuration analyser shows no deviation from the preset.',
      'Quarantine-release and spam tickets per month fall.',
    ],
    effortHours: 4,
    expectedReduction: 0.55,
  },
  {
    id: 'group-based-licensing-shared-access',
    title: 'Group-based licences and access (mailboxes, Teams, SharePoint) through role groups',
    category: 'm365-email',
    prevents: 'Users missing licences, shared mailboxes or Teams/SharePoint access after a move, and permissions granted per person that nobody can audit.',
    evidence: {
      terms: ['shared mailbox access', 'access to shared mailbox', 'calendar permissions', 'add to teams', 'sharepoint access', 'access denied sharepoint', 'licence missing', 'no license', 'distribution list', 'Zugriff auf Postfach', 'Berechtigung', 'permission request'],
      errorCodes: ['AADSTS50105'],
      templates: ['license assignment failed', 'user has no license'],
      categories: ['access request', 'permissions', 'licensing'],
    },
    implementation: [
      'Licences assigned by Entra groups per role; no direct assignment.',
      'Mailbox, Teams and SharePoint access granted to mail-enabled security groups that map to roles, documented per client.',
      'Quarterly access review by the client\'s manager through Entra access reviews.',
    ],
    verification: [
      'No directly assigned licences in the tenant report.',
      'Access-request tickets resolved by group change in under 15 minutes.',
    ],
    effortHours: 8,
    expectedReduction: 0.4,
  },
];
