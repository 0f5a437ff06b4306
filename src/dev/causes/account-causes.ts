import type { PlantedCause } from '../planted-causes.js';

/** Causes around accounts and people: passwords, lockouts, MFA, new starters. */
export const accountCauses: PlantedCause[] = [
  {
    id: 'password-expiry',
    standardId: 'self-service-password-reset',
    description: 'Passwords expire every 90 days and users call the desk to reset them.',
    perClientPerMonth: 4, clientShare: 0.75, alert: false, typicalHours: 0.3, priority: 'P3',
    category: { board: 'Service Desk', type: 'Account', subtype: 'Password Reset' },
    titles: {
      en: ['Password expired', 'My password has expired and I cannot log in', 'Password reset please', 'Forgot my password', 'Can\'t log in - password expired?', 'password expired again', 'Need password reset for {user}', 'Reset password - locked out of laptop', 'Password change prompt, now nothing works'],
      de: ['Passwort abgelaufen', 'Kennwort abgelaufen, kann mich nicht anmelden', 'Bitte Passwort zurücksetzen', 'Passwort vergessen'],
    },
    descriptions: {
      en: ['Hi, Windows said my password expired this morning and now it won\'t take my new password. Can you reset it please? Thanks, {user}', 'I got a message that my password will expire and I ignored it, now I\'m locked out. Please reset.', '{user} called, password expired while on holiday, needs a reset so she can log in.', 'Cannot log in on {device}, it says the password has expired and to change it, but the change fails.'],
      de: ['Hallo, mein Passwort ist abgelaufen und ich komme nicht mehr rein. Bitte zurücksetzen. Danke, {user}', 'Windows sagt Kennwort abgelaufen, neues Kennwort wird nicht angenommen.'],
    },
    resolutions: ['Reset password in AD, user changed it at next logon.', 'Password reset, synced to Entra, user logged in.', 'Temporary password given by phone, user set a new one.'],
  },
  {
    id: 'account-lockouts',
    standardId: 'account-lockout-policy',
    description: 'Phones with an old password lock accounts out repeatedly after a password change.',
    perClientPerMonth: 2, clientShare: 0.5, alert: false, typicalHours: 0.5, priority: 'P2',
    category: { board: 'Service Desk', type: 'Account', subtype: 'Lockout' },
    titles: {
      en: ['Account locked out', 'My account keeps locking', 'Locked out again', 'User account locked - {user}', 'Account locked, too many attempts'],
      de: ['Konto gesperrt', 'Benutzerkonto wird ständig gesperrt'],
    },
    descriptions: {
      en: ['My account got locked out again this morning, third time this week. I haven\'t typed a wrong password.', 'Security log shows event ID 4740 for {user}, caller computer is a mobile device.', 'Locked out after changing my password yesterday, my phone still has the old one I think.'],
      de: ['Mein Konto ist schon wieder gesperrt, obwohl ich das richtige Kennwort eingebe.'],
    },
    resolutions: ['Unlocked account, removed old password from phone mail profile.', 'Unlocked; source was a mapped drive with stored credentials, cleared Credential Manager.'],
  },
  {
    id: 'mfa-new-phone',
    standardId: 'mfa-authenticator-number-matching',
    description: 'Users replace phones and lose their only MFA method.',
    perClientPerMonth: 1.2, clientShare: 0.6, alert: false, typicalHours: 0.5, priority: 'P3',
    category: { board: 'Service Desk', type: 'Account', subtype: 'MFA' },
    titles: {
      en: ['New phone - Authenticator not working', 'MFA prompt not arriving', 'Lost my phone, can\'t sign in (MFA)', 'Need MFA reset', 'Authenticator app codes not accepted'],
      de: ['Neues Handy, Authenticator App geht nicht', 'MFA Anfrage kommt nicht an'],
    },
    descriptions: {
      en: ['I got a new phone and the Authenticator app is empty, now I can\'t approve the sign in.', 'The MFA prompt never shows up on my phone, I just get the verification code screen.', 'Lost my phone at the weekend, need to get into email. Only had the authenticator on it.'],
      de: ['Ich habe ein neues Handy und die Authenticator App zeigt mein Konto nicht mehr an.'],
    },
    resolutions: ['Required re-registration of MFA, user set up Authenticator on new phone.', 'Issued a Temporary Access Pass, user registered new phone.'],
  },
  {
    id: 'new-starter',
    standardId: 'onboarding-automation',
    description: 'Each new starter arrives by email with half the details, and things are missed on day one.',
    perClientPerMonth: 1, clientShare: 0.8, alert: false, typicalHours: 3, priority: 'P3',
    category: { board: 'Service Desk', type: 'User Management', subtype: 'New User' },
    titles: {
      en: ['New starter - {fullName} starting Monday', 'New user setup for {fullName}', 'Onboarding: new employee in accounts', 'Please create account for new starter', 'New hire next week - needs laptop and email'],
      de: ['Neuer Mitarbeiter ab 1. - Benutzer anlegen', 'Neue Mitarbeiterin: Konto und Laptop einrichten'],
    },
    descriptions: {
      en: ['{fullName} starts on Monday in accounts. Needs email, laptop, access to the Finance share and the accounting software. Same as {user}.', 'We have a new starter next week, can you set up a user account and get a laptop ready?', 'New employee starting tomorrow, sorry for the short notice - needs everything.'],
      de: ['Ab Montag fängt {fullName} bei uns an. Bitte Benutzer anlegen, E-Mail und Laptop einrichten.'],
    },
    resolutions: ['Created account, licence, groups; laptop built and handed over.', 'User created, mailbox and Teams set up, laptop enrolled.'],
  },
];
