/**
 * One-off requests that make up most of a real service desk: varied, specific, written the way
 * users write. They give the theme engine something to not cluster.
 */
export interface NoiseTemplate {
  title: string;
  /** The English template asking for the same thing (scored as one request by `eval --dev`). */
  sameAs?: string;
  description: string;
  type: string;
  hours: number;
}

export const noiseEn: readonly NoiseTemplate[] = [
  { title: 'Add {user} to the Finance shared drive', description: 'Can {user} get access to the Finance folder on S:, same as me please.', type: 'Access', hours: 0.25 },
  { title: 'Teams background blur not working', description: 'The blur option is greyed out in Teams meetings since yesterday.', type: 'Software', hours: 0.5 },
  { title: 'Request for a second monitor', description: 'Could I get a second screen for my desk? My manager approved it.', type: 'Hardware', hours: 0.5 },
  { title: 'Change email signature', description: 'I have a new job title, can you update my signature to Senior Account Manager.', type: 'Email', hours: 0.25 },
  { title: 'Excel file locked for editing', description: 'The budget spreadsheet says it is locked for editing by another user but nobody has it open.', type: 'Software', hours: 0.5 },
  { title: 'Install Adobe Acrobat Pro', description: 'I need to edit PDFs for contracts, can you install Acrobat Pro on my laptop.', type: 'Software', hours: 0.5 },
  { title: 'Zoom audio echo on external calls', description: 'Clients say they hear an echo when I am on Zoom.', type: 'Software', hours: 0.5 },
  { title: 'Calendar invite not showing for room booking', description: 'I booked the boardroom for Thursday but it does not show in the room calendar.', type: 'Email', hours: 0.5 },
  { title: 'Keyboard missing keys', description: 'The E key came off my keyboard. Can we get a replacement?', type: 'Hardware', hours: 0.25 },
  { title: 'Move desk phone to new desk', description: 'I am moving to the desk by the window on Monday, can my phone move too.', type: 'Telephony', hours: 1 },
  { title: 'Website contact form not sending', description: 'Nobody has received enquiries from the website form since Friday.', type: 'Web', hours: 1.5 },
  { title: 'Mouse not working', description: 'Wireless mouse stopped working, changed the battery already.', type: 'Hardware', hours: 0.25 },
  { title: 'Quote for new laptops for sales team', description: 'We are hiring two sales people next quarter, please send a quote for two laptops.', type: 'Procurement', hours: 1 },
  { title: 'Shared calendar permissions for PA', description: 'My assistant needs to manage my calendar, please give her editor rights.', type: 'Email', hours: 0.25 },
  { title: 'Recover old version of Word document', description: 'I saved over the proposal by mistake this morning, is there a previous version?', type: 'Files', hours: 0.5 },
  { title: 'Set up out of office for {user}', description: '{user} is off sick for two weeks, can you set an auto reply on her mailbox.', type: 'Email', hours: 0.25 },
  { title: 'Headset microphone too quiet', description: 'People can barely hear me on calls with my Jabra headset.', type: 'Hardware', hours: 0.5 },
  { title: 'Screen flickering on laptop', description: 'The laptop screen flickers when I move the lid.', type: 'Hardware', hours: 1 },
  { title: 'Access to Xero for new bookkeeper', description: 'Can you check the bookkeeper can log into Xero, she says the invite expired.', type: 'Access', hours: 0.5 },
  { title: 'Phone system voicemail greeting', description: 'How do I change the voicemail greeting on the main number for the holidays?', type: 'Telephony', hours: 0.25 },
  { title: 'Laptop fan very loud', description: 'My laptop sounds like a jet engine all afternoon.', type: 'Hardware', hours: 0.5 },
  { title: 'Domain renewal invoice question', description: 'We received an invoice for a domain renewal, is this from you?', type: 'Admin', hours: 0.25 },
  { title: 'Can\'t open attachment from supplier', description: 'A supplier sent a .dwg file and I cannot open it.', type: 'Software', hours: 0.5 },
  { title: 'Teams channel for the Henley project', description: 'Please create a Teams channel for the Henley project with the five of us.', type: 'Collaboration', hours: 0.5 },
  { title: 'Wall display in reception showing no signal', description: 'The TV in reception just says no signal.', type: 'AV', hours: 0.75 },
  { title: 'Spelling check language in Word is American', description: 'Word keeps underlining colour, how do I set UK English?', type: 'Software', hours: 0.25 },
  { title: 'Remove old starter from distribution list', description: 'Please take Tom off the all-staff list, he is not with us any more.', type: 'Email', hours: 0.25 },
  { title: 'Bluetooth speaker for meeting room', description: 'Can you recommend a speakerphone for the small meeting room?', type: 'Procurement', hours: 0.5 },
  { title: 'SharePoint link not working for client', description: 'I shared a folder with a client but they get an error when they open the link.', type: 'Collaboration', hours: 0.75 },
  { title: 'Camera upside down in Teams', description: 'My webcam image is upside down in Teams but fine in the camera app.', type: 'Hardware', hours: 0.5 },
  { title: 'Help with mail merge', description: 'Trying to do a mail merge from Excel for the newsletter, the dates come out wrong.', type: 'Software', hours: 1 },
  { title: 'Request: Visio licence', description: 'I need Visio for process diagrams for a month or two.', type: 'Licensing', hours: 0.25 },
  { title: 'Conference room clock wrong', description: 'The clock on the meeting room panel is an hour behind.', type: 'AV', hours: 0.5 },
  { title: 'Lost USB stick with presentation', description: 'Not really IT but can you check if the presentation is anywhere on the server?', type: 'Files', hours: 0.5 },
  { title: 'Phone not ringing on incoming calls', description: 'My desk phone shows missed calls but never rings.', type: 'Telephony', hours: 0.75 },
  { title: 'New starter desk needs network port patched', description: 'The floor port at desk 14 does not work, can it be patched?', type: 'Network', hours: 1 },
  { title: 'Laptop bag request', description: 'The strap on my laptop bag broke, do we have spares?', type: 'Procurement', hours: 0.25 },
  { title: 'Dictation software not recognising voice', description: 'Dragon keeps getting words wrong since I got a new headset.', type: 'Software', hours: 1 },
  { title: 'Move files from old server folder to SharePoint', description: 'Can you move the Archive 2019 folder into the Projects SharePoint site?', type: 'Files', hours: 2 },
  { title: 'Check suspicious invoice email', description: 'Got an invoice from a supplier we do not use, attached a screenshot, is it safe?', type: 'Security', hours: 0.25 },
];

export const noiseDe: readonly NoiseTemplate[] = [
  { title: 'Zugriff auf Laufwerk P: für {user}', sameAs: 'Add {user} to the Finance shared drive', description: 'Bitte {user} Zugriff auf das Projektlaufwerk geben.', type: 'Access', hours: 0.25 },
  { title: 'Signatur ändern', sameAs: 'Change email signature', description: 'Ich habe eine neue Telefonnummer, bitte Signatur anpassen.', type: 'Email', hours: 0.25 },
  { title: 'Zweiter Bildschirm gewünscht', sameAs: 'Request for a second monitor', description: 'Könnte ich einen zweiten Monitor bekommen?', type: 'Hardware', hours: 0.5 },
  { title: 'Excel Datei gesperrt', sameAs: 'Excel file locked for editing', description: 'Die Datei ist angeblich von einem anderen Benutzer gesperrt.', type: 'Software', hours: 0.5 },
  { title: 'Abwesenheitsnotiz einrichten', sameAs: 'Set up out of office for {user}', description: '{user} ist drei Wochen im Urlaub, bitte Abwesenheitsnotiz setzen.', type: 'Email', hours: 0.25 },
  { title: 'Telefon umziehen', sameAs: 'Move desk phone to new desk', description: 'Mein Telefon muss ins Büro 2.14 umziehen.', type: 'Telephony', hours: 1 },
  { title: 'DATEV Update Frage', description: 'Beim Start von DATEV kommt ein Hinweis auf ein Update, sollen wir das installieren?', type: 'Software', hours: 0.5 },
  { title: 'Maus defekt', sameAs: 'Mouse not working', description: 'Meine Maus funktioniert nicht mehr.', type: 'Hardware', hours: 0.25 },
  { title: 'Teams Kanal anlegen', sameAs: 'Teams channel for the Henley project', description: 'Bitte einen Teams Kanal für das Projekt Nordstadt anlegen.', type: 'Collaboration', hours: 0.5 },
  { title: 'Angebot für zwei Laptops', sameAs: 'Quote for new laptops for sales team', description: 'Wir brauchen ein Angebot für zwei neue Laptops für den Vertrieb.', type: 'Procurement', hours: 1 },
  { title: 'Kalenderfreigabe für Assistenz', sameAs: 'Shared calendar permissions for PA', description: 'Meine Assistenz soll meinen Kalender bearbeiten können.', type: 'Email', hours: 0.25 },
  { title: 'Alte Version eines Dokuments', sameAs: 'Recover old version of Word document', description: 'Ich habe ein Dokument überschrieben, gibt es eine ältere Version?', type: 'Files', hours: 0.5 },
];
