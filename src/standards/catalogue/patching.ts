import type { StandardInput } from '../standard-schema.js';

/** Patching: updates that fail, break things, or never arrive. */
export const patching: StandardInput[] = [
  {
    id: 'windows-update-rings',
    title: 'Windows Update rings with deadlines (pilot, broad, late)',
    category: 'patching',
    prevents: 'Failed or stuck cumulative updates, surprise reboots during work and a bad patch reaching every PC at the same time.',
    evidence: {
      terms: ['windows update', 'update failed', 'updates failing', 'stuck on updates', 'update loop', 'pending reboot', 'restart required', 'cumulative update', 'Windows Update fehlgeschlagen', 'Updates werden installiert', 'forced restart'],
      errorCodes: ['0x800f0922', '0x80073712', '0x8024a105', '0x800f081f', '0x80240034'],
      templates: ['patch installation failed', 'windows update failed on', 'reboot pending for more than'],
      categories: ['patching', 'windows update'],
    },
    implementation: [
      'Three Windows Update for Business rings: pilot (IT and champions, 0 days), broad (3 days), late (7 days) for quality updates; feature updates through the OS baseline.',
      'Deadline 2 days with a 1-day grace period and active hours 07:00–19:00 so reboots happen outside working time.',
      'RMM remediation for stuck updates (reset SoftwareDistribution, DISM RestoreHealth) before a ticket is raised.',
      'Pause the broad ring within 4 hours when the pilot reports a regression.',
    ],
    verification: [
      'Windows Update for Business report: 95% of devices on the current quality update within 10 days of release.',
      'Update failure alerts per month fall against the period before.',
    ],
    effortHours: 6,
    expectedReduction: 0.6,
  },
  {
    id: 'driver-firmware-policy',
    title: 'Driver and BIOS/firmware policy through vendor tooling',
    category: 'patching',
    prevents: 'Blue screens, Wi-Fi and audio failures from outdated or Windows-Update-supplied generic drivers, and BIOS bugs already fixed by the vendor.',
    evidence: {
      terms: ['driver', 'bios update', 'firmware', 'blue screen', 'bsod', 'audio not working', 'no sound', 'graphics driver', 'Treiber', 'Bluescreen', 'kein Ton', 'wifi adapter'],
      errorCodes: ['0x0000007e', '0x000000d1', '0x00000116', 'driver_irql_not_less_or_equal', 'video_tdr_failure'],
      templates: ['driver out of date', 'bios version below baseline'],
      categories: ['drivers', 'firmware'],
    },
    implementation: [
      'Exclude drivers from Windows Update quality updates; deliver drivers and BIOS with Dell Command Update / HP Image Assistant / Lenovo System Update through the RMM.',
      'Approve new driver packs in the pilot ring for 7 days before broad rollout.',
      'Suspend BitLocker for one reboot during BIOS updates.',
    ],
    verification: [
      'Vendor tool report: BIOS within two releases of current on 95% of devices.',
      'Blue-screen events (event id 1001 bugcheck) per month fall.',
    ],
    effortHours: 6,
    expectedReduction: 0.5,
  },
  {
    id: 'third-party-patching',
    title: 'Third-party application patching (browsers, PDF, Java, Zoom, 7-Zip)',
    category: 'patching',
    prevents: 'Outdated browsers and PDF readers that break websites and carry exploited vulnerabilities, and users asking for updates they cannot install.',
    evidence: {
      terms: ['adobe reader', 'acrobat', 'java update', 'chrome update', 'zoom update', 'outdated software', 'vulnerable software', 'update prompt', 'app update', 'Software aktualisieren', 'Firefox'],
      errorCodes: ['error 1603', '0x80070643'],
      templates: ['vulnerability detected', 'application patch failed', 'outdated application detected'],
      categories: ['software', 'application update'],
    },
    implementation: [
      'Enable the RMM third-party patch catalogue (or Patch My PC / Intune Enterprise App Management) for the standard software list.',
      'Auto-approve browsers and PDF readers within 48 hours; others through the pilot ring after 7 days.',
      'Remove software not on the standard list with a quarterly uninstall sweep.',
    ],
    verification: [
      'Vulnerability scan: no critical CVE older than 14 days on third-party apps.',
      'RMM patch report shows 95% compliance on the standard list.',
    ],
    effortHours: 5,
    expectedReduction: 0.5,
  },
  {
    id: 'office-update-channel',
    title: 'Microsoft 365 Apps on Monthly Enterprise Channel, managed by policy',
    category: 'patching',
    prevents: 'Office apps crashing after uncontrolled builds, add-ins breaking mid-week and different Office versions across one office.',
    evidence: {
      terms: ['office update', 'excel crash', 'word crash', 'office repair', 'office version', 'add-in disabled', 'office not responding', 'Excel stürzt ab', 'Office Reparatur'],
      errorCodes: ['0x80070005', '30088-4', '0-1011'],
      templates: ['office click-to-run update failed'],
      categories: ['office', 'microsoft 365 apps'],
    },
    implementation: [
      'Set the Monthly Enterprise Channel through Cloud Policy or Intune for all users; pilot users on Current Channel (Preview) of the same month.',
      'Manage COM add-ins with the "List of managed add-ins" policy so Outlook does not disable them.',
      'Run Office quick repair from the RMM before opening a ticket for crash alerts.',
    ],
    verification: [
      'Microsoft 365 Apps health: 95% of devices on a supported build of the chosen channel.',
      'Office crash tickets per month fall.',
    ],
    effortHours: 3,
    expectedReduction: 0.4,
  },
];
