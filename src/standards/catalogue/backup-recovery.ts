import type { StandardInput } from '../standard-schema.js';

/** Backup and recovery: a backup nobody watches or restores is a hope, not a backup. */
export const backupRecovery: StandardInput[] = [
  {
    id: 'backup-monitoring',
    title: 'Backup monitoring: every job alerting into one queue, failures fixed within a day',
    category: 'backup-recovery',
    prevents: 'Backup jobs failing silently for weeks, or failing nightly into an inbox nobody reads, until the day a restore is needed.',
    evidence: {
      terms: ['backup failed', 'backup job failed', 'backup warning', 'backup error', 'job failed', 'snapshot failed', 'vss error', 'Sicherung fehlgeschlagen', 'Backup fehlgeschlagen', 'backup missed'],
      errorCodes: ['0x8004230f', '0x800423f4', 'vss_e_writererror_timeout', 'event id 8193', 'event id 12289'],
      templates: ['backup job failed', 'job finished with error', 'failed to create snapshot', 'backup completed with warnings', 'job did not run'],
      categories: ['backup', 'monitoring'],
    },
    implementation: [
      'Route every backup product (Veeam, Datto, Acronis, Azure Backup, M365 backup) to one alert pipeline in the PSA with deduplication per job.',
      'Define the fix-by rule: a failed job is investigated the same business day, two consecutive failures escalate to level 2.',
      'Fix the recurrent causes: VSS writer timeouts (schedule around SQL maintenance), repository space (capacity alert at 80%), credentials (service account not expiring).',
    ],
    verification: [
      'Weekly backup report: 98% of jobs succeeded in the last 7 days, none failed three nights running.',
      'Backup failure alerts per month fall.',
    ],
    effortHours: 6,
    expectedReduction: 0.6,
  },
  {
    id: 'restore-testing',
    title: 'Quarterly restore tests with documented recovery times',
    category: 'backup-recovery',
    prevents: 'Restores that fail when needed (missing files, corrupt chains, unknown passwords) and long recoveries after a server or ransomware incident.',
    evidence: {
      terms: ['restore', 'restore file', 'restore folder', 'recover deleted', 'deleted file', 'previous version', 'restore failed', 'Datei wiederherstellen', 'Wiederherstellung', 'gelöscht', 'restore request'],
      errorCodes: [],
      templates: ['restore job failed', 'recovery point not available', 'backup chain corrupt'],
      categories: ['restore', 'backup'],
    },
    implementation: [
      'Quarterly: restore a file, a mailbox item and one whole server (to an isolated network), record time and result in the documentation platform.',
      'Enable VSS Previous Versions on file servers and OneDrive/SharePoint version history so users restore files themselves.',
      'Keep an immutable or offsite copy (3-2-1-1), tested in the same cycle.',
    ],
    verification: [
      'Restore test log complete for the last four quarters with measured RTO.',
      'Restore-request tickets fall as users self-serve through version history.',
    ],
    effortHours: 8,
    expectedReduction: 0.4,
  },
  {
    id: 'm365-backup',
    title: 'Third-party backup of Exchange Online, OneDrive, SharePoint and Teams',
    category: 'backup-recovery',
    prevents: 'Data lost beyond Microsoft\'s retention (deleted mailbox items, overwritten SharePoint files, a leaver\'s OneDrive removed after 30 days).',
    evidence: {
      terms: ['deleted email', 'recover email', 'recover deleted items', 'deleted folder', 'onedrive restore', 'sharepoint restore', 'leaver onedrive', 'gelöschte Mails', 'E-Mails wiederherstellen'],
      errorCodes: [],
      templates: ['m365 backup failed', 'microsoft 365 protection job failed'],
      categories: ['microsoft 365', 'backup'],
    },
    implementation: [
      'Protect all mailboxes, OneDrives, SharePoint sites and Teams with a third-party M365 backup (Datto SaaS Protection, Veeam Backup for M365, Acronis) with 1-year or unlimited retention.',
      'Keep leavers\' data in the backup for the client\'s retention period before licences are removed.',
    ],
    verification: [
      'Backup console: 100% of licensed users and sites protected, last backup within 24 hours.',
      'Test restore of a deleted mailbox folder in the quarterly restore test.',
    ],
    effortHours: 3,
    expectedReduction: 0.5,
  },
];
