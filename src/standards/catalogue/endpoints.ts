import type { StandardInput } from '../standard-schema.js';

/** Endpoints: the state of the laptop or desktop under the user's hands. */
export const endpoints: StandardInput[] = [
  {
    id: 'windows-os-build-baseline',
    title: 'Supported Windows build baseline (one release, enforced)',
    category: 'endpoints',
    prevents: 'Devices left on out-of-support Windows builds that stop receiving updates, break with new Office builds and fail compliance checks.',
    evidence: {
      terms: ['windows 10', 'end of support', 'feature update', 'unsupported version', 'windows version', 'upgrade to windows 11', 'old build', 'Windows 11 Upgrade', 'veraltete Version'],
      errorCodes: ['0xc1900208', '0xc1900200', '0x8007042b'],
      templates: ['operating system out of support', 'device not compliant os version'],
      categories: ['operating system', 'windows'],
    },
    implementation: [
      'Pick the baseline (Windows 11 24H2 Enterprise/Pro) and record it per client in the documentation platform.',
      'Set the Intune feature-update profile to the baseline and a minimum-OS compliance rule one release behind.',
      'Replace or upgrade devices that fail hardware readiness (TPM 2.0, 8th-gen CPU) through the hardware-lifecycle standard.',
    ],
    verification: [
      'RMM report: 98% of active Windows devices on the baseline or the one before.',
      'No device below the minimum build shows as compliant.',
    ],
    effortHours: 12,
    expectedReduction: 0.5,
  },
  {
    id: 'disk-space-storage-sense',
    title: 'Disk space standard: 256 GB minimum, Storage Sense and RMM self-healing',
    category: 'endpoints',
    prevents: 'Full system drives that break Windows updates, Outlook and Teams caches, and slow PCs to a crawl.',
    evidence: {
      terms: ['disk full', 'disk space', 'low disk space', 'c drive full', 'out of space', 'storage full', 'not enough space', 'free space', 'Festplatte voll', 'Speicherplatz', 'kein Speicherplatz', 'storage sense'],
      errorCodes: ['0x80070070', '0x80070027', '0xc1900107'],
      templates: ['disk space low on', 'free space below', 'drive c: has less than'],
      categories: ['disk space', 'storage'],
    },
    implementation: [
      'Set a purchasing minimum of 256 GB SSD (512 GB for engineering and finance roles).',
      'Enable Storage Sense through Intune: run when space is low, clean temp files and the recycle bin after 30 days, dehydrate OneDrive files unused for 30 days.',
      'RMM monitor at 15% / 10 GB free with a self-healing script (clear Windows Update cache, temp, old user profiles, DISM component cleanup) before a ticket is raised.',
    ],
    verification: [
      'RMM: no device under 10 GB free for more than 24 hours.',
      'Windows Update failures with 0x80070070 fall to zero.',
    ],
    effortHours: 4,
    expectedReduction: 0.8,
  },
  {
    id: 'hardware-lifecycle',
    title: 'Hardware lifecycle: 4-year replacement with a standard spec',
    category: 'endpoints',
    prevents: 'Ageing PCs with failing batteries, spinning disks and 8 GB of RAM that generate slowness tickets and cost more in labour than replacement.',
    evidence: {
      terms: ['slow computer', 'laptop slow', 'very slow', 'battery', 'battery not charging', 'laptop old', 'fan noise', 'overheating', 'blue screen', 'hardware failure', 'Laptop langsam', 'Akku', 'Rechner langsam', 'replacement laptop'],
      errorCodes: ['0x00000124', 'whea_uncorrectable_error', 'event id 41'],
      templates: ['smart status bad', 'battery health below', 'predictive disk failure'],
      categories: ['hardware', 'performance'],
    },
    implementation: [
      'Publish a standard spec per role (e.g. business laptop: 16 GB RAM, 512 GB NVMe, 3-year onsite warranty, IR camera).',
      'Track purchase date and warranty in the RMM/PSA configuration; flag devices at 42 months for the quarterly budget review.',
      'Replace at 4 years or on warranty expiry, whichever comes first, through Autopilot so the swap takes under an hour of engineer time.',
    ],
    verification: [
      'Configuration report: no device older than 48 months in production.',
      'Slowness and hardware tickets per device fall after the refresh wave.',
    ],
    effortHours: 6,
    expectedReduction: 0.45,
  },
  {
    id: 'local-admin-removal',
    title: 'Remove local admin rights; Windows LAPS and endpoint privilege management',
    category: 'endpoints',
    prevents: 'Users installing unmanaged software and malware, and the service desk doing remote sessions only to type an admin password.',
    evidence: {
      terms: ['admin rights', 'administrator password', 'need admin', 'install software', 'uac prompt', 'run as administrator', 'elevation', 'Adminrechte', 'Administratorrechte', 'software installation'],
      errorCodes: ['0x80070005', 'error 1603'],
      templates: ['user added to local administrators group'],
      categories: ['software install', 'permissions'],
    },
    implementation: [
      'Inventory local Administrators membership with the RMM; remove standard users through Intune Account Protection (local user group membership).',
      'Enable Windows LAPS with the password in Entra ID and rotation after use.',
      'Publish approved apps in Company Portal and use EPM (Intune Endpoint Privilege Management or an equivalent) for support-approved elevation.',
    ],
    verification: [
      'No standard user in any local Administrators group (weekly RMM script).',
      'LAPS password retrievable for every device; rotation observed after use.',
    ],
    effortHours: 10,
    expectedReduction: 0.5,
  },
  {
    id: 'bitlocker-key-escrow',
    title: 'BitLocker on every device with recovery keys escrowed to Entra ID',
    category: 'endpoints',
    prevents: 'Users stuck at a BitLocker recovery screen after a BIOS or dock update with no key on file, and unencrypted lost laptops.',
    evidence: {
      terms: ['bitlocker', 'recovery key', 'bitlocker recovery', 'recovery screen', 'Wiederherstellungsschlüssel', 'encryption', 'lost laptop', 'stolen laptop'],
      errorCodes: ['0x80310b0b', 'event id 846'],
      templates: ['bitlocker recovery key requested', 'encryption not enabled'],
      categories: ['encryption', 'bitlocker'],
    },
    implementation: [
      'Intune disk-encryption profile: XTS-AES 256, silent enablement, TPM-only, escrow to Entra ID required before encryption.',
      'Back up keys of existing devices with BackupToAAD-BitLockerKeyProtector through a remediation script.',
      'Suspend BitLocker for one reboot in every BIOS/firmware update package.',
    ],
    verification: [
      'Encryption report: 100% of Windows devices encrypted with a key in Entra ID.',
      'A test device recovery key is found in under 2 minutes by a first-line engineer.',
    ],
    effortHours: 4,
    expectedReduction: 0.7,
  },
  {
    id: 'autopilot-device-provisioning',
    title: 'Zero-touch device provisioning with Windows Autopilot',
    category: 'endpoints',
    prevents: 'Hand-built laptops that differ from each other, missing apps on day one and hours of engineer time per new device.',
    evidence: {
      terms: ['new laptop setup', 'laptop setup', 'set up new pc', 'reimage', 'rebuild laptop', 'autopilot', 'neuer Laptop einrichten', 'Neuinstallation', 'missing applications'],
      errorCodes: ['0x80180014', '0x800705b4', '0x81036502'],
      templates: ['autopilot deployment failed', 'esp timeout'],
      categories: ['new device', 'hardware setup'],
    },
    implementation: [
      'Register hardware hashes through the reseller; assign Autopilot profiles by group tag per client.',
      'Define the Enrollment Status Page with the required app set and a 60-minute timeout.',
      'Keep the app set in the standard software list; test the profile monthly on a spare device.',
    ],
    verification: [
      'A new device goes from box to usable desktop without an engineer touching it.',
      'Setup time recorded in tickets drops under 30 minutes per device.',
    ],
    effortHours: 12,
    expectedReduction: 0.6,
  },
  {
    id: 'dock-and-display-standard',
    title: 'One docking station model per client with managed firmware',
    category: 'endpoints',
    prevents: 'External monitors that stay black, USB devices that disappear and laptops that do not charge on mixed, unmanaged docks.',
    evidence: {
      terms: ['docking station', 'dock', 'external monitor', 'second screen', 'monitor not detected', 'no signal', 'usb-c dock', 'Dockingstation', 'Bildschirm schwarz', 'kein Signal', 'screen flickering'],
      errorCodes: [],
      templates: ['dock firmware out of date'],
      categories: ['peripherals', 'monitor', 'docking'],
    },
    implementation: [
      'Pick one dock per laptop vendor (e.g. Dell WD22TB4 for Dell, HP G5 for HP) and stop buying others.',
      'Deploy dock firmware with the vendor tool (Dell Command Update, HP Image Assistant) through the RMM on a quarterly cycle.',
      'Keep a spare dock per site for swap-first troubleshooting.',
    ],
    verification: [
      'Asset list shows only standard docks in use.',
      'Dock firmware compliance above 95% in the vendor tool report.',
    ],
    effortHours: 5,
    expectedReduction: 0.5,
  },
];
