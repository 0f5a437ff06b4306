import type { StandardInput } from '../standard-schema.js';

/** Printing: still the loudest source of small tickets at most offices. */
export const printing: StandardInput[] = [
  {
    id: 'print-driver-standardisation',
    title: 'Printer driver standardisation: one pinned driver per model, or Universal Print',
    category: 'printing',
    prevents: 'Print jobs stuck in the queue, garbled output and spooler crashes from mixed or auto-updated printer drivers.',
    evidence: {
      terms: ['printer', 'printing', 'print job', 'stuck in queue', 'print queue', 'printer offline', 'print spooler', 'spooler', 'printer driver', 'cannot print', 'garbled print', 'Drucker', 'Drucker offline', 'Druckauftrag hängt', 'Druckertreiber', 'Druckerwarteschlange'],
      errorCodes: ['0x0000011b', '0x00000709', '0x000006ba', '0x00000bc4'],
      templates: ['print spooler service stopped', 'printer offline on'],
      categories: ['printing', 'printer'],
    },
    implementation: [
      'Choose one driver per printer model (vendor PCL6 universal driver, signed, packaged) and pin its version; remove all others from the print server and clients.',
      'Deploy printers by group through Intune or GPO with Point and Print restricted to the print server.',
      'Or move to Universal Print / a cloud print service (PaperCut Hive, PrinterLogic) and retire the print server.',
    ],
    verification: [
      'RMM script: one driver version per model across all devices.',
      'Spooler crash events (event id 372, 808) and printing tickets per month fall.',
    ],
    effortHours: 6,
    expectedReduction: 0.6,
  },
  {
    id: 'managed-print-supplies',
    title: 'Managed print: automatic toner replenishment and service contracts',
    category: 'printing',
    prevents: 'Toner, drum and paper-jam tickets that the service desk relays to a print vendor by hand.',
    evidence: {
      terms: ['toner', 'toner low', 'order toner', 'cartridge', 'paper jam', 'drum', 'replace toner', 'Toner leer', 'Papierstau', 'Toner bestellen', 'ink'],
      errorCodes: [],
      templates: ['toner level low', 'supply low', 'replace toner cartridge', 'paper jam in tray'],
      categories: ['printing', 'consumables'],
    },
    implementation: [
      'Enrol printers in the print vendor\'s fleet management (e.g. HP Smart Device Services, Kyocera Fleet Services) with automatic supply orders at 15%.',
      'Route hardware faults (jams, fusers) to the vendor\'s portal directly from the device; the service desk gets a copy, not the job.',
    ],
    verification: [
      'Supplies delivered before any device runs out for 3 months.',
      'Toner and jam tickets to the service desk fall.',
    ],
    effortHours: 3,
    expectedReduction: 0.8,
  },
  {
    id: 'scan-to-email-standard',
    title: 'Scan-to-email through an authenticated relay; scan-to-folder to SharePoint',
    category: 'printing',
    prevents: 'Scanners that stop sending when basic SMTP authentication is retired or a password expires, and scan-to-folder breaking on SMB changes.',
    evidence: {
      terms: ['scan to email', 'scan to folder', 'scanner not sending', 'scanning not working', 'scan email', 'smtp authentication', 'Scannen', 'Scan to Mail', 'scanner'],
      errorCodes: ['535 5.7.139', '5.7.57', '535 5.7.3'],
      templates: ['smtp authentication failed', 'scan job failed'],
      categories: ['scanning', 'printing'],
    },
    implementation: [
      'Send scans through an SMTP relay connector restricted to the office IP (or a service like SMTP2GO), never a user mailbox with SMTP AUTH.',
      'Scan-to-folder replaced by the vendor\'s SharePoint/OneDrive connector or a dedicated scan share with a service account in gMSA or a non-expiring, long password.',
    ],
    verification: [
      'Test scan delivered from every MFP after the change.',
      'No scanner uses a named user\'s credentials.',
    ],
    effortHours: 3,
    expectedReduction: 0.75,
  },
];
