import type { StandardInput } from '../standard-schema.js';

/** Network: remote access, Wi-Fi, name resolution and the edge firewall. */
export const network: StandardInput[] = [
  {
    id: 'vpn-client-pinning-ztna',
    title: 'One pinned VPN client version per client, or ZTNA instead of full-tunnel VPN',
    category: 'network',
    prevents: 'VPN connections that drop every few minutes or fail after an automatic client update, and home workers who cannot reach file shares.',
    evidence: {
      terms: ['vpn', 'vpn disconnects', 'vpn keeps dropping', 'vpn not connecting', 'vpn connection lost', 'remote access', 'working from home', 'home office', 'cannot reach file share', 'VPN Verbindung', 'VPN bricht ab', 'globalprotect', 'anyconnect', 'forticlient'],
      errorCodes: ['error 809', 'error 691', 'error 812', 'tls handshake failed'],
      templates: ['vpn tunnel down', 'ipsec phase 2 negotiation failed', 'ssl vpn user logged out'],
      categories: ['vpn', 'remote access'],
    },
    implementation: [
      'Pin the VPN client to the version certified with the firewall firmware; deploy through Intune/RMM and disable the client\'s own auto-update.',
      'Set DPD and idle timeouts to match (e.g. 8 h session, 30 s DPD) and use split tunnelling for Microsoft 365 traffic.',
      'Where apps allow, move to ZTNA (Entra Private Access, Cloudflare Access, Zscaler Private Access) and retire full-tunnel VPN.',
    ],
    verification: [
      'RMM inventory: one VPN client version per client.',
      'Firewall logs show median session length above 4 hours for remote users.',
      'VPN drop tickets per month fall.',
    ],
    effortHours: 8,
    expectedReduction: 0.65,
  },
  {
    id: 'wifi-standard',
    title: 'Wi-Fi standard: WPA2/3-Enterprise with certificates, managed APs, site survey',
    category: 'network',
    prevents: 'Wi-Fi that drops in meeting rooms, users re-entering a shared PSK, and guest devices on the corporate network.',
    evidence: {
      terms: ['wifi', 'wi-fi', 'wireless', 'wifi dropping', 'wifi slow', 'no internet on wifi', 'wifi password', 'access point', 'guest wifi', 'WLAN', 'WLAN bricht ab', 'WLAN langsam', 'meeting room wifi'],
      errorCodes: ['event id 8003', 'reason code 7'],
      templates: ['access point offline', 'ap disconnected from controller', 'high channel utilization'],
      categories: ['wifi', 'wireless', 'network'],
    },
    implementation: [
      'Corporate SSID on WPA2/WPA3-Enterprise (EAP-TLS with Intune-issued certificates); guest SSID isolated with a captive portal.',
      'Predictive survey for new sites, one AP per 20–25 users, 5 GHz/6 GHz preferred with band steering and 20/40 MHz channels.',
      'APs cloud-managed (Meraki, UniFi, Aruba Instant On) with firmware on the vendor\'s recommended release.',
    ],
    verification: [
      'Controller report: no AP above 60% channel utilisation during business hours.',
      'All corporate devices connect with certificates; no shared PSK for corporate.',
    ],
    effortHours: 16,
    expectedReduction: 0.5,
  },
  {
    id: 'dns-dhcp-standard',
    title: 'Redundant DNS and DHCP with documented scopes and filtering resolver',
    category: 'network',
    prevents: 'Devices without an address when the scope is exhausted, names that do not resolve after a server change and outages when the single DC reboots.',
    evidence: {
      terms: ['no internet', 'dns', 'dhcp', 'ip conflict', 'ip address conflict', 'limited connectivity', 'cannot resolve', 'site not loading', 'network drive not found', 'Keine Internetverbindung', 'IP Konflikt', 'apipa'],
      errorCodes: ['dns_probe_finished_nxdomain', 'event id 1014', 'event id 1046', '169.254'],
      templates: ['dhcp scope utilization above', 'dns server not responding', 'dhcp scope exhausted'],
      categories: ['network', 'connectivity'],
    },
    implementation: [
      'Two DNS/DHCP servers (DHCP failover or split scopes), scopes sized at 150% of devices with 8-day leases for wired, 1-day for Wi-Fi.',
      'Forward to a filtering resolver (DNSFilter, Cisco Umbrella, Defender for Endpoint network protection).',
      'Document VLANs, scopes and reservations in the documentation platform; monitor scope utilisation.',
    ],
    verification: [
      'Monitor: no scope above 80% utilisation.',
      'Failover test: clients renew leases with one server down.',
    ],
    effortHours: 6,
    expectedReduction: 0.5,
  },
  {
    id: 'firewall-firmware-lifecycle',
    title: 'Firewall firmware lifecycle and configuration baseline',
    category: 'network',
    prevents: 'Exploited edge devices, firewalls on end-of-life firmware that drop VPN tunnels, and undocumented rule sprawl.',
    evidence: {
      terms: ['firewall', 'firewall firmware', 'fortigate', 'sonicwall', 'watchguard', 'internet down', 'site down', 'firewall reboot', 'Firewall Update', 'port forwarding', 'ha failover'],
      errorCodes: ['cve-2024-21762', 'cve-2024-40766'],
      templates: ['firewall firmware out of date', 'wan link down', 'ha failover occurred', 'device rebooted unexpectedly'],
      categories: ['firewall', 'network security'],
    },
    implementation: [
      'Firmware on the vendor\'s recommended release; critical advisories patched within 72 hours through the vendor cloud manager.',
      'Configuration baseline: admin interface not exposed to WAN, MFA for admin and SSL-VPN, geo-IP block, configuration backup nightly.',
      'Replace devices 12 months before end of support.',
    ],
    verification: [
      'Monthly report: every firewall on the recommended release, config backup younger than 24 hours.',
      'External scan shows no management interface exposed.',
    ],
    effortHours: 5,
    expectedReduction: 0.5,
  },
  {
    id: 'internet-failover',
    title: 'Dual WAN with automatic failover for every office',
    category: 'network',
    prevents: 'Whole-office outages when the single broadband line or router fails, with tickets from every user at once.',
    evidence: {
      terms: ['internet down', 'internet outage', 'no internet in office', 'isp outage', 'line down', 'broadband', 'router', 'Internet weg', 'Internetausfall', 'everyone offline'],
      errorCodes: [],
      templates: ['wan link down', 'primary wan failed', 'site unreachable'],
      categories: ['internet', 'connectivity', 'outage'],
    },
    implementation: [
      'Second line from a different carrier (or 4G/5G backup) on every office firewall, with SD-WAN health checks and automatic failover.',
      'Voice and Teams traffic prioritised on failover.',
      'Monitor both links from outside; carrier contacts documented.',
    ],
    verification: [
      'Quarterly failover test: primary unplugged, users keep working.',
      'Outage tickets per site fall.',
    ],
    effortHours: 6,
    expectedReduction: 0.7,
  },
];
