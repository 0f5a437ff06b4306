/**
 * Function words (English, German) and the politeness and process words every helpdesk
 * ticket carries ("please", "issue", "help"): none of them says what broke.
 */
const ENGLISH = `a about above after again against all am an and any are aren as at be because been before being below
between both but by can cannot could couldn did didn do does doesn doing don down during each few for from further had
hadn has hasn have haven having he her here hers herself him himself his how i if in into is isn it its itself just
ll me more most my myself no nor not now of off on once only or other our ours ourselves out over own re s same she
should shouldn so some such t than that the their theirs them themselves then there these they this those through to
too under until up very was wasn we were weren what when where which while who whom why will with won would wouldn
you your yours yourself yourselves also would could may might must shall via per etc ie eg im ive its dont cant
get got getting let lets us one two still already even though yet since`;

const GERMAN = `aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei bin bis
bist da damit dann das dass dem den denn der des dich die dies diese diesem diesen dieser dieses dir doch dort du durch
ein eine einem einen einer eines er es etwas euch euer für gegen habe haben hat hatte hier hin hinter ich ihm ihn ihnen
ihr ihre im in ins ist jede jedem jeden jeder jedes jetzt kann kein keine keinem keinen keiner können könnte man manche
mein meine meinem meinen meiner mich mir mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie
sind so solche soll sollte sondern über um und uns unser unter vom von vor war waren warum was weil welche wenn wer
werde werden wie wieder wir wird wo wurde würde zu zum zur zwar zwischen bitte danke dank mfg gruss gruß grüße`;

const HELPDESK = `hi hello hey dear team please kindly thanks thank regards best help assist assistance advise
issue issues problem problems request requested urgent sir madam morning afternoon evening today yesterday tomorrow
ok okay know need needs needed want wants like able see seems try tried trying`;

const STOP = new Set(`${ENGLISH} ${GERMAN} ${HELPDESK}`.split(/\s+/).filter(Boolean));
/** 1: English function word, 2: German, 3: both. */
const MARKERS = new Map<string, number>();
for (const w of ENGLISH.split(/\s+/)) if (w) MARKERS.set(w, 1);
for (const w of GERMAN.split(/\s+/)) if (w) MARKERS.set(w, (MARKERS.get(w) ?? 0) | 2);

export function isStopWord(token: string): boolean {
  return STOP.has(token);
}

/**
 * German when German function words outnumber English ones; decides which stemmer applies.
 * Reads `tokens`, then at most `moreCap` of `more` (a body after its title).
 */
export function guessLanguage(tokens: readonly string[], more: readonly string[] = [], moreCap = Infinity): 'en' | 'de' {
  let en = 0; let de = 0;
  for (let i = 0; i < tokens.length; i++) {
    const m = MARKERS.get(tokens[i]);
    if (m !== undefined) { en += m & 1; de += m >> 1; }
  }
  const n = Math.min(more.length, moreCap);
  for (let i = 0; i < n; i++) {
    const m = MARKERS.get(more[i]);
    if (m !== undefined) { en += m & 1; de += m >> 1; }
  }
  return de > en ? 'de' : 'en';
}
