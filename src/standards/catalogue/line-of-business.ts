import type { StandardInput } from '../standard-schema.js';

/** Line-of-business apps: the practice-management, ERP and accounting systems each client depends on. */
export const lineOfBusiness: StandardInput[] = [
  {
    id: 'lob-app-packaging-version-pinning',
    title: 'LOB applications packaged, version-pinned and updated in a vendor-agreed window',
    category: 'line-of-business',
    prevents: 'Workstations on different versions of the client\'s core application, failed client updates after a server upgrade and broken database connections.',
    evidence: {
      terms: ['application update', 'version mismatch', 'client version', 'cannot open application', 'database connection', 'lob application', 'practice management', 'erp', 'datev', 'sage', 'dentrix', 'Programm startet nicht', 'Anwendung startet nicht'],
      errorCodes: ['error 1603', '0x80131500'],
      templates: ['application version mismatch'],
      categories: ['line of business', 'application'],
    },
    implementation: [
      'Package the LOB client per version with its prerequisites (runtime, ODBC driver) as an Intune Win32 app with a detection rule.',
      'Agree an update window with the vendor; server and clients upgraded together, with a tested rollback.',
      'Document vendor support contacts and the application owner per client.',
    ],
    verification: [
      'Inventory: one LOB client version per client outside upgrade windows.',
      'LOB application tickets per month fall.',
    ],
    effortHours: 10,
    expectedReduction: 0.45,
  },
  {
    id: 'sql-maintenance-plan',
    title: 'SQL Server maintenance: backups, index and statistics jobs, log growth limits',
    category: 'line-of-business',
    prevents: 'LOB applications getting slower month by month, transaction logs filling the disk and corrupt databases found too late.',
    evidence: {
      terms: ['application slow', 'database slow', 'sql server', 'transaction log full', 'database full', 'program very slow', 'timeout', 'Datenbank langsam', 'Programm langsam', 'query timeout'],
      errorCodes: ['error 9002', 'error 1105', 'error 823', 'error 824', 'event id 17053'],
      templates: ['sql agent job failed', 'transaction log for database is full'],
      categories: ['database', 'line of business'],
    },
    implementation: [
      'Deploy Ola Hallengren\'s maintenance solution: nightly index and statistics optimisation, weekly DBCC CHECKDB, log backups every 15 minutes for full-recovery databases.',
      'Pre-size data and log files, cap autogrowth and alert at 80% of the volume.',
      'Alert on failed SQL Agent jobs into the PSA.',
    ],
    verification: [
      'SQL Agent history: maintenance jobs succeeded for 30 days.',
      'CHECKDB clean on every database in the last 7 days.',
    ],
    effortHours: 5,
    expectedReduction: 0.45,
  },
  {
    id: 'teams-meeting-standard',
    title: 'Teams calling and meeting standard: certified headsets, room kits and network QoS',
    category: 'line-of-business',
    prevents: 'Choppy audio, echo and dropped Teams calls from consumer headsets, unmanaged meeting-room PCs and untagged voice traffic.',
    evidence: {
      terms: ['teams call', 'teams audio', 'audio choppy', 'echo', 'headset', 'microphone not working', 'meeting room', 'call dropped', 'teams meeting', 'Teams Ton', 'Headset', 'Mikrofon', 'camera not working'],
      errorCodes: [],
      templates: ['poor call quality', 'teams room offline'],
      categories: ['teams', 'telephony', 'audio visual'],
    },
    implementation: [
      'Teams-certified headsets and webcams only, one or two models per client, with spares on site.',
      'Teams Rooms on certified kits, managed through the Teams Rooms Pro portal.',
      'QoS tagging for Teams media on switches and firewall; Call Quality Dashboard reviewed monthly.',
    ],
    verification: [
      'Call Quality Dashboard: poor-call rate under 3%.',
      'Audio and meeting tickets per month fall.',
    ],
    effortHours: 8,
    expectedReduction: 0.45,
  },
];
