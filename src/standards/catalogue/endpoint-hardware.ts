import type { StandardInput } from '../standard-schema.js';

/** Endpoints, hardware: what is bought, how it arrives and how long it stays. */
export const endpointHardware: StandardInput[] = [
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
