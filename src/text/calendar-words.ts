/**
 * Month and weekday names (English and German, full and short) as the theme engine stores them:
 * the word itself and its stems. They date a ticket ("JDE slowdown in March"), they never name
 * its problem, so a theme's label leaves them out; they still count as terms for similarity.
 */
import { stem } from './stem.js';

const WORDS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // Not mon, sat or sun (monitoring, SAT, Sun Java), nor German two-letter days (do, so, di...).
  'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri',
  'januar', 'februar', 'märz', 'maerz', 'mai', 'juni', 'juli', 'oktober', 'dezember', 'okt', 'dez', 'mrz',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
];

const CALENDAR = new Set(WORDS.flatMap((w) => [w, stem(w, 'en'), stem(w, 'de')]));

export function isCalendarTerm(term: string): boolean {
  return CALENDAR.has(term);
}
