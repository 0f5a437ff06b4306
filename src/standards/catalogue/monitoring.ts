import type { StandardInput } from '../standard-schema.js';

/** Monitoring: alerts that reach a person only when a person is needed. */
export const monitoring: StandardInput[] = [
  {
    id: 'rmm-alert-baseline',
    title: 'RMM alert baseline with self-healing before ticketing',
    category: 'monitoring',
    prevents: 'Alert floods of CPU, memory and service warnings that create hundreds of tickets, each closed with "resolved itself".',
    evidence: {
      terms: ['high cpu', 'cpu usage', 'memory usage', 'high memory', 'agent offline', 'device offline', 'auto resolved', 'resolved itself', 'Hohe CPU Auslastung', 'monitoring alert'],
      errorCodes: [],
      templates: ['cpu utilization above', 'memory utilization above', 'agent has not checked in', 'performance counter threshold exceeded', 'device went offline'],
      categories: ['monitoring', 'alert', 'rmm'],
    },
    implementation: [
      'One alert policy per device role with thresholds that persist (e.g. CPU above 95% for 15 minutes, not a single sample).',
      'Self-healing scripts for the top recurring alerts (restart service, clear temp, restart agent) that run before a ticket is created.',
      'Alerts that auto-resolve within 30 minutes close without a ticket; monthly review of the top 10 alert types.',
    ],
    verification: [
      'Alert tickets per device per month fall below 0.5.',
      'Share of alert tickets closed as "no action" under 10%.',
    ],
    effortHours: 8,
    expectedReduction: 0.6,
  },
  {
    id: 'service-auto-recovery',
    title: 'Critical Windows services set to recover automatically and monitored',
    category: 'monitoring',
    prevents: 'Applications down because one service stopped overnight and nobody restarted it until users called.',
    evidence: {
      terms: ['service stopped', 'service not running', 'service crashed', 'restart service', 'application down', 'server not responding', 'Dienst gestoppt', 'Dienst neu starten'],
      errorCodes: ['event id 7031', 'event id 7034', 'event id 7000'],
      templates: ['service stopped on', 'windows service is not running', 'service terminated unexpectedly'],
      categories: ['server', 'services'],
    },
    implementation: [
      'Set service recovery actions (restart after 1 minute, twice; then alert) for LOB, SQL, backup and print services.',
      'RMM service monitors with automatic restart and a ticket only on the second failure in 24 hours.',
      'Root-cause any service that restarts more than weekly.',
    ],
    verification: [
      'Service-down tickets per month fall; restart count per service visible in the RMM.',
    ],
    effortHours: 3,
    expectedReduction: 0.6,
  },
  {
    id: 'ups-power-standard',
    title: 'UPS on every server, switch stack and firewall with graceful shutdown and battery replacement',
    category: 'monitoring',
    prevents: 'Servers and network gear crashing in brief power cuts, corrupted databases after hard power loss and UPS batteries that fail their one job.',
    evidence: {
      terms: ['power outage', 'power cut', 'ups', 'ups battery', 'on battery', 'server crashed after power', 'Stromausfall', 'USV', 'unexpected shutdown', 'power failure'],
      errorCodes: ['event id 6008', 'event id 41'],
      templates: ['ups on battery', 'ups battery needs replacement', 'utility power failure', 'ups self-test failed'],
      categories: ['power', 'infrastructure'],
    },
    implementation: [
      'Network-managed UPS sized for 15 minutes at load for servers, core switches and the firewall.',
      'Graceful shutdown configured through the UPS network card (PowerChute, NUT) and tested.',
      'Battery replacement every 4 years, self-test monthly with results in monitoring.',
    ],
    verification: [
      'Annual pull-the-plug test: servers shut down cleanly.',
      'Unexpected shutdown events (event id 6008) on servers fall to zero.',
    ],
    effortHours: 6,
    expectedReduction: 0.7,
  },
];
