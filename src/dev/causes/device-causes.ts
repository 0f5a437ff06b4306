import type { PlantedCause } from '../planted-causes.js';

/** Causes on devices and printers: drivers, full disks, toner, scanning. */
export const deviceCauses: PlantedCause[] = [
  {
    id: 'printer-driver',
    standardId: 'print-driver-standardisation',
    description: 'One printer model\'s auto-updated driver leaves jobs stuck in the queue and crashes the spooler.',
    perClientPerMonth: 3, clientShare: 0.6, alert: false, typicalHours: 0.75, priority: 'P3',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Printer' },
    titles: {
      en: ['Printer not printing', 'Print jobs stuck in queue on {printer}', 'Can\'t print to the Kyocera', 'Printer offline again', 'Printing not working - {printerModel}', 'Documents stuck in print queue', 'Nothing comes out of the printer', 'Printer shows offline but it is on'],
      de: ['Drucker druckt nicht', 'Druckauftrag hängt in der Warteschlange', 'Drucker offline', 'Kyocera Drucker geht nicht'],
    },
    descriptions: {
      en: ['I sent a document to {printer} ({printerModel}) twenty minutes ago and it is still sitting in the queue.', 'The print spooler seems to have crashed, nobody in the office can print.', 'Printer says ready but my jobs just sit there with status error - printing. Tried restarting.', 'After the update yesterday the printer driver seems broken, prints come out garbled.'],
      de: ['Druckaufträge bleiben in der Warteschlange hängen, Drucker {printer} zeigt offline.', 'Seit gestern druckt der Kyocera nicht mehr, Druckertreiber?'],
    },
    resolutions: ['Restarted print spooler, cleared queue, reinstalled {printerModel} driver.', 'Rolled back Type 4 driver to the vendor PCL6 driver, test page OK.', 'Cleared stuck jobs, restarted spooler service on FS01.'],
  },
  {
    id: 'disk-full-updates',
    standardId: 'disk-space-storage-sense',
    description: 'Nearly-full system drives make Windows updates fail with 0x80070070.',
    perClientPerMonth: 2.5, clientShare: 0.7, alert: false, typicalHours: 1, priority: 'P3',
    category: { board: 'Service Desk', type: 'Hardware', subtype: 'Disk Space' },
    titles: {
      en: ['Windows update failed 0x80070070', 'C drive full - updates failing', 'Low disk space on {device}', 'Update error 0x80070070 not enough space', 'Laptop says disk is full', 'Disk space critical, Windows update stuck'],
      de: ['Festplatte voll, Updates schlagen fehl', 'Kein Speicherplatz auf C:', 'Windows Update Fehler 0x80070070'],
    },
    descriptions: {
      en: ['Windows keeps saying updates failed with error 0x80070070. C: only has 2 GB free.', 'My laptop is really slow and says low disk space, I can\'t save anything.', 'Patch report shows {device} failed the cumulative update, 0x80070070 - there is not enough space on the disk.', 'Getting a pop up that there is not enough free space to install updates.'],
      de: ['Auf C: sind nur noch 1,5 GB frei, Windows Update bricht mit 0x80070070 ab.', 'Festplatte ist voll, Rechner sehr langsam.'],
    },
    resolutions: ['Ran disk cleanup, removed old Windows update files and temp, 40 GB free, update installed.', 'Cleared SoftwareDistribution and user temp, moved Downloads to OneDrive. Update OK.', 'Deleted old profiles, DISM component cleanup, update succeeded.'],
  },
  {
    id: 'toner-low',
    standardId: 'managed-print-supplies',
    description: 'Toner runs out and the service desk relays orders to the print vendor by hand.',
    perClientPerMonth: 1.5, clientShare: 0.7, alert: false, typicalHours: 0.25, priority: 'P4',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Consumables' },
    titles: {
      en: ['Toner low on {printer}', 'Need new toner cartridge', 'Printer out of toner', 'Order toner for the upstairs printer', 'Black toner empty'],
      de: ['Toner leer', 'Bitte Toner bestellen'],
    },
    descriptions: {
      en: ['The printer says toner low, can you order a new black cartridge please?', '{printer} is out of cyan toner, printing is very faint.', 'We need toner for the {printerModel} by the front desk.'],
      de: ['Der Drucker meldet Toner leer, bitte neuen Toner bestellen.'],
    },
    resolutions: ['Ordered toner from vendor, delivered next day.', 'Replacement cartridge ordered via vendor portal.'],
  },
  {
    id: 'scan-to-email',
    standardId: 'scan-to-email-standard',
    description: 'The copier sends scans through a user mailbox with SMTP AUTH, which breaks on every password change.',
    perClientPerMonth: 1, clientShare: 0.5, alert: false, typicalHours: 1, priority: 'P3',
    category: { board: 'Service Desk', type: 'Printing', subtype: 'Scanning' },
    titles: {
      en: ['Scan to email not working', 'Scanner not sending emails', 'Can\'t scan to email from the copier', 'Scan to folder stopped working'],
      de: ['Scan to Mail geht nicht', 'Scanner verschickt keine E-Mails mehr'],
    },
    descriptions: {
      en: ['The copier says SMTP authentication failed when I try scan to email.', 'Scans are not arriving in my inbox any more, the machine shows an error on sending.', 'Scan to folder gives an error, was working last week.'],
      de: ['Beim Scannen an E-Mail kommt ein Fehler, nichts kommt an.'],
    },
    resolutions: ['Updated SMTP credentials on the copier after the scanner account password change.', 'Reconfigured scan-to-email to use the SMTP relay connector.'],
  },
];
