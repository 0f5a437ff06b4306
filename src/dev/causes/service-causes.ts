import type { PlantedCause } from '../planted-causes.js';

/** Causes in services: VPN, mailboxes, backups (alerts), certificates (alerts). */
export const serviceCauses: PlantedCause[] = [
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
];
