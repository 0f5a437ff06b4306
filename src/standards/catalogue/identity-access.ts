import type { StandardInput } from '../standard-schema.js';

/** Identity and access: the largest source of "can't log in" tickets at almost every client. */
export const identityAccess: StandardInput[] = [
  {
    id: 'self-service-password-reset',
    title: 'Self-service password reset with on-premises writeback',
    category: 'identity-access',
    prevents: 'Users locked out by expired or forgotten passwords who must phone the service desk to get back in, often before 9 am and from home.',
    evidence: {
      terms: ['password expired', 'password reset', 'forgot password', 'reset password', 'password change', 'new password', 'password expiry', 'Kennwort abgelaufen', 'Passwort zurücksetzen', 'Passwort vergessen', 'password'],
      errorCodes: ['AADSTS50055', 'AADSTS50126', 'event id 4723', 'event id 4724'],
      templates: ['your password will expire in', 'password has expired'],
      categories: ['password', 'password reset', 'account'],
    },
    implementation: [
      'Enable Entra ID SSPR for all users, scoped by group, with two methods required (Authenticator app plus mobile phone).',
      'Enable password writeback in Entra Connect / Cloud Sync so resets reach on-premises AD.',
      'Turn on combined security-info registration and require registration at next sign-in; chase stragglers with a weekly report.',
      'Enable the "Reset password" link on the Windows 11 lock screen through Intune (Authentication/AllowAadPasswordReset).',
      'Replace periodic expiry with Entra Password Protection (banned passwords) where the client policy allows.',
    ],
    verification: [
      'Entra "Registration details" shows at least 95% of enabled users registered for SSPR.',
      'A test user resets from the Windows lock screen and can sign in to a domain-joined PC with the new password.',
      'Password-reset tickets per month fall against the 90 days before adoption.',
    ],
    effortHours: 6,
    expectedReduction: 0.7,
  },
  {
    id: 'mfa-authenticator-number-matching',
    title: 'MFA with Microsoft Authenticator number matching and managed registration',
    category: 'identity-access',
    prevents: 'MFA prompts that never arrive, lost or replaced phones that lock users out, SMS codes that are phished, and MFA fatigue approvals.',
    evidence: {
      terms: ['mfa', 'authenticator', 'two factor', 'multi factor', 'new phone', 'lost phone', 'verification code', 'mfa prompt', 'approve sign in', 'sms code', 'Authenticator App', 'neues Handy', 'Bestätigungscode'],
      errorCodes: ['AADSTS50076', 'AADSTS50074', 'AADSTS50079', 'AADSTS500121'],
      templates: ['mfa request denied', 'sign-in blocked due to mfa'],
      categories: ['mfa', 'authentication'],
    },
    implementation: [
      'Migrate legacy per-user MFA and SMS to the Authentication methods policy: Authenticator (number matching, location context) and FIDO2 keys; disable SMS and voice for members.',
      'Issue Temporary Access Pass for phone replacement instead of disabling MFA; document the TAP process in the service desk runbook.',
      'Require a second registered method for every user so a lost phone is not a lockout.',
      'Report weekly on users with a single method or no method registered.',
    ],
    verification: [
      'Authentication methods activity report: no members using SMS or voice as primary method.',
      'Every licensed user has at least two methods registered.',
      'A phone swap is handled with a TAP in under 10 minutes by the service desk.',
    ],
    effortHours: 8,
    expectedReduction: 0.6,
  },
  {
    id: 'account-lockout-policy',
    title: 'Account lockout policy tuned with stale-credential detection',
    category: 'identity-access',
    prevents: 'Repeated account lockouts caused by old passwords cached on phones, mapped drives, scheduled tasks or services after a password change.',
    evidence: {
      terms: ['locked out', 'account locked', 'lockout', 'keeps locking', 'account disabled', 'Konto gesperrt', 'Benutzerkonto gesperrt', 'too many attempts', 'bad password'],
      errorCodes: ['event id 4740', 'event id 4625', 'AADSTS50053', '0xc0000234'],
      templates: ['user account locked out', 'account lockout detected'],
      categories: ['lockout', 'account'],
    },
    implementation: [
      'Set the domain policy to 10 invalid attempts, 15-minute lockout duration and 15-minute reset counter (CIS baseline), and enable Entra smart lockout with matching thresholds.',
      'Audit "Account Lockout" on domain controllers and forward event 4740 to the RMM/SIEM with the caller computer name.',
      'Add a runbook step: after a password change, clear Credential Manager, update the phone mail profile and check services or tasks running as the user.',
      'Move service accounts to gMSA so their passwords never lock.',
    ],
    verification: [
      'Event 4740 alerts include the source computer and reach the ticket within 5 minutes.',
      'No account locks more than twice in a month without a documented source.',
    ],
    effortHours: 4,
    expectedReduction: 0.5,
  },
  {
    id: 'conditional-access-baseline',
    title: 'Conditional Access baseline (block legacy auth, compliant devices, named locations)',
    category: 'identity-access',
    prevents: 'Compromised mailboxes from password spray over legacy protocols, impossible-travel sign-ins and users blocked by ad-hoc, inconsistent access rules.',
    evidence: {
      terms: ['conditional access', 'sign in blocked', 'legacy authentication', 'compromised account', 'suspicious sign in', 'risky sign in', 'impossible travel', 'unfamiliar location', 'device not compliant', 'Anmeldung blockiert'],
      errorCodes: ['AADSTS53003', 'AADSTS53000', 'AADSTS50097', 'AADSTS530003'],
      templates: ['risky sign-in detected', 'impossible travel activity', 'unfamiliar sign-in properties'],
      categories: ['security', 'identity'],
    },
    implementation: [
      'Deploy the baseline policies in report-only first: block legacy authentication, require MFA for all users, require compliant or hybrid-joined device for admin portals and for the Office apps on Windows.',
      'Create named locations for office IPs and block sign-ins from countries the client never works from.',
      'Exclude two break-glass accounts, monitor their sign-ins with an alert.',
      'Switch policies to On after 14 days of clean report-only results.',
    ],
    verification: [
      'Sign-in logs show no successful legacy-auth sign-ins for 30 days.',
      'Break-glass sign-in alert fires in a test.',
      'CA policy set matches the MSP baseline export (checked monthly by script).',
    ],
    effortHours: 10,
    expectedReduction: 0.6,
  },
  {
    id: 'windows-hello-for-business',
    title: 'Windows Hello for Business with cloud Kerberos trust',
    category: 'identity-access',
    prevents: 'Users typing long passwords many times a day, forgotten passwords after holidays and Windows sign-in failures with cached credentials off-network.',
    evidence: {
      terms: ['windows login', 'cannot log in to laptop', 'pin not working', 'windows hello', 'fingerprint', 'face recognition', 'trust relationship', 'cached credentials', 'Windows Anmeldung', 'PIN funktioniert nicht'],
      errorCodes: ['0x801c044f', '0x80090016', 'event id 5719'],
      templates: ['the trust relationship between this workstation and the primary domain failed'],
      categories: ['login', 'windows login'],
    },
    implementation: [
      'Configure cloud Kerberos trust (AzureADKerberos object) for hybrid-joined clients, or Entra-join new devices.',
      'Enable WHfB through Intune with a 6-digit PIN and biometrics allowed; disable PIN recovery only if SSPR is in place.',
      'Buy IR cameras or fingerprint readers as part of the hardware standard.',
    ],
    verification: [
      'Intune report: WHfB provisioned on at least 90% of Windows devices.',
      'A user signs in with PIN off-network and reaches a file share without a password prompt.',
    ],
    effortHours: 8,
    expectedReduction: 0.4,
  },
];
