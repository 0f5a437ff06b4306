import type { StandardInput } from '../standard-schema.js';

/** Endpoints, configuration: the state of the laptop or desktop under the user's hands. */
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
];
