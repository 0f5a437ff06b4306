import type { StandardInput } from '../standard-schema.js';

/** Security: endpoint protection, people, certificates and the browser. */
export const security: StandardInput[] = [
  {
    id: 'edr-policy',
    title: 'EDR on every endpoint with a managed detection and response policy',
    category: 'security',
    prevents: 'Malware and ransomware alerts handled ad hoc, legacy antivirus blocking business apps, and alerts nobody triages at night.',
    evidence: {
      terms: ['virus', 'malware', 'antivirus', 'threat detected', 'ransomware', 'quarantined file', 'defender alert', 'suspicious process', 'Virus gefunden', 'Trojaner', 'popup virus', 'false positive'],
      errorCodes: ['event id 1116', 'event id 1117'],
      templates: ['threat detected on', 'malware detected', 'suspicious activity detected', 'edr agent offline'],
      categories: ['security', 'antivirus'],
    },
    implementation: [
      'Deploy one EDR (Defender for Endpoint P2, SentinelOne, CrowdStrike) with tamper protection and attack surface reduction rules in block mode after a 14-day audit.',
      'Managed detection and response with 24/7 triage; exclusions reviewed quarterly and documented per application.',
      'Remove legacy antivirus products.',
    ],
    verification: [
      'EDR console: 100% of managed devices reporting within 24 hours, tamper protection on.',
      'Malware tickets per month fall; mean time to contain under 1 hour.',
    ],
    effortHours: 8,
    expectedReduction: 0.5,
  },
  {
    id: 'phishing-awareness-training',
    title: 'Phishing awareness training and simulations with a report button',
    category: 'security',
    prevents: 'Users clicking phishing links, entering credentials on fake login pages and asking the service desk "is this email real?" one by one.',
    evidence: {
      terms: ['phishing', 'phishing email', 'suspicious link', 'clicked link', 'is this email legit', 'fake email', 'scam email', 'credentials entered', 'Phishing Mail', 'verdächtige Mail', 'gift card request', 'ceo fraud'],
      errorCodes: [],
      templates: ['user reported phishing', 'phishing simulation'],
      categories: ['security', 'phishing'],
    },
    implementation: [
      'Monthly simulated phishing (Defender Attack Simulation Training, KnowBe4) with 5-minute training for clickers.',
      'Report-phishing button in Outlook; reports triaged automatically and the user gets feedback.',
      'Annual 20-minute awareness course, tracked for completion per client.',
    ],
    verification: [
      'Simulation click rate below 5% and report rate above 50% after 6 months.',
      'Phishing enquiry tickets fall while reports through the button rise.',
    ],
    effortHours: 6,
    expectedReduction: 0.45,
  },
  {
    id: 'certificate-lifecycle',
    title: 'Certificate lifecycle: inventory, ACME automation and expiry monitoring',
    category: 'security',
    prevents: 'Websites, VPN portals and mail servers going down or showing warnings because a certificate expired unnoticed.',
    evidence: {
      terms: ['certificate expired', 'ssl certificate', 'certificate error', 'not secure', 'certificate warning', 'your connection is not private', 'cert renewal', 'Zertifikat abgelaufen', 'Zertifikatsfehler', 'ssl expired'],
      errorCodes: ['net::err_cert_date_invalid', 'err_cert_authority_invalid', '0x800b0101', 'sec_error_expired_certificate'],
      templates: ['certificate expires in', 'ssl certificate expiring', 'certificate has expired'],
      categories: ['certificates', 'ssl'],
    },
    implementation: [
      'Inventory every public and internal certificate (external scan plus RMM script) into the documentation platform with owner and expiry.',
      'Automate renewal with ACME (Let\'s Encrypt, win-acme, certbot, or the firewall\'s built-in ACME) wherever the service allows.',
      'Monitor expiry at 30, 14 and 7 days into the PSA.',
    ],
    verification: [
      'No certificate within 14 days of expiry without a renewal ticket.',
      'Certificate-expiry incidents fall to zero.',
    ],
    effortHours: 4,
    expectedReduction: 0.85,
  },
  {
    id: 'managed-browser-baseline',
    title: 'Managed browser baseline: Edge/Chrome policies, extension allowlist, password manager',
    category: 'security',
    prevents: 'Malicious extensions, browser hijacks and pop-ups, saved passwords lost on a new PC and sites broken by stale caches.',
    evidence: {
      terms: ['browser', 'chrome', 'edge', 'pop ups', 'browser hijacked', 'extension', 'saved passwords', 'bookmarks missing', 'website not loading', 'clear cache', 'Lesezeichen weg', 'Startseite'],
      errorCodes: ['err_connection_reset'],
      templates: ['unapproved browser extension detected'],
      categories: ['browser', 'web'],
    },
    implementation: [
      'Intune security baseline for Edge; Chrome through ADMX with the same settings.',
      'Extension allowlist (block all, allow listed); sync on for work profiles so bookmarks follow the user.',
      'A business password manager (Bitwarden, 1Password, Keeper) instead of browser-stored passwords.',
    ],
    verification: [
      'Browser policy report: baseline applied on 95% of devices; no unapproved extensions.',
    ],
    effortHours: 5,
    expectedReduction: 0.4,
  },
];
