import type { StandardInput } from '../standard-schema.js';

/** People processes: joiners, movers and leavers, handled as a workflow instead of a ticket each. */
export const peopleProcesses: StandardInput[] = [
  {
    id: 'onboarding-automation',
    title: 'Automated onboarding from one form (account, licence, groups, device, apps)',
    category: 'people-processes',
    prevents: 'New starters without an account, licence, laptop or access on day one, and five follow-up tickets per starter for things that were missed.',
    evidence: {
      terms: ['new starter', 'new user', 'new employee', 'onboarding', 'create account', 'new hire', 'starting monday', 'setup new user', 'neuer Mitarbeiter', 'Neuer Benutzer', 'Benutzer anlegen', 'first day'],
      errorCodes: [],
      templates: ['new user request', 'onboarding form submitted'],
      categories: ['onboarding', 'user management', 'new user'],
    },
    implementation: [
      'One onboarding form (PSA or Microsoft Form) with role, manager, start date and site; required at least 5 working days before the start date.',
      'Automation (PSA workflow, Power Automate or a runbook) creates the account, assigns role groups (licences and access follow), orders or assigns an Autopilot device and schedules day-one MFA registration with a Temporary Access Pass.',
      'Checklist ticket closes only when the automation reports every step done.',
    ],
    verification: [
      'Starters in the last quarter: 95% had account, device and access on day one.',
      'Follow-up tickets within 14 days of a start date fall.',
    ],
    effortHours: 16,
    expectedReduction: 0.6,
  },
  {
    id: 'offboarding-automation',
    title: 'Automated offboarding with mailbox conversion, data retention and device recovery',
    category: 'people-processes',
    prevents: 'Leavers keeping access for weeks, licences paid for departed staff, lost mailbox data and unreturned laptops.',
    evidence: {
      terms: ['leaver', 'offboarding', 'disable account', 'employee leaving', 'last day', 'remove access', 'forward email of leaver', 'convert to shared mailbox', 'Austritt', 'Benutzer deaktivieren', 'Mitarbeiter verlässt', 'terminated employee'],
      errorCodes: [],
      templates: ['offboarding request', 'user termination request'],
      categories: ['offboarding', 'user management'],
    },
    implementation: [
      'Offboarding form triggered by HR with the leaving date and the data owner.',
      'Automation at the leaving time: block sign-in, revoke sessions, remove MFA methods, convert mailbox to shared with delegate, set auto-reply, remove licences and groups, wipe or retire devices.',
      'OneDrive ownership moved to the manager; the M365 backup keeps the data for the retention period.',
    ],
    verification: [
      'Monthly audit: no enabled account for anyone HR lists as left.',
      'No licence assigned to a blocked account.',
    ],
    effortHours: 12,
    expectedReduction: 0.6,
  },
  {
    id: 'self-service-software-portal',
    title: 'Self-service software catalogue (Company Portal) for approved apps',
    category: 'people-processes',
    prevents: 'Tickets asking to install standard software, and engineers remoting in to click through installers.',
    evidence: {
      terms: ['install software', 'need software', 'install teams', 'install zoom', 'software request', 'install application', 'please install', 'Software installieren', 'Programm installieren', 'company portal'],
      errorCodes: [],
      templates: ['software request submitted'],
      categories: ['software request', 'software install'],
    },
    implementation: [
      'Package the standard software list as Intune Win32/Store apps marked Available in Company Portal for the right groups.',
      'Add a PSA quick link "Get software" that opens Company Portal; requests for unlisted apps go through an approval workflow.',
    ],
    verification: [
      'Company Portal installs outnumber install tickets 5 to 1 after a quarter.',
      'Install-request tickets per month fall.',
    ],
    effortHours: 8,
    expectedReduction: 0.55,
  },
];
