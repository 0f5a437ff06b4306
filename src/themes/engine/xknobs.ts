// TEMPORARY experiment knobs (not to be committed)
const e = process.env;
const n = (k: string, d: number) => (e[k] !== undefined ? Number(e[k]) : d);
export const K = {
  titleWeight: n('X_TW', 2), vecTerms: n('X_VT', 40), bodyTerms: n('X_BT', 160), centroidTerms: n('X_CT', 48),
  postingCap: n('X_PC', 48), indexTerms: n('X_IT', 12), queryTerms: n('X_QT', 8), noAlerts: n('X_NOALERT', 0),
  noMaskHost: n('X_NOMASKHOST', 0), noStemDe: n('X_NOSTEMDE', 0), looReassign: n('X_LOO', 1), reassignMin: n('X_RMIN', 3),
  merge: n('X_MERGE', 1), consIdf: n('X_CONSIDF', 1), reassignRounds: n('X_RR', 1), noBoiler: n('X_NOBOIL', 0), noCanon: n('X_NOCANON', 0), noStop: n('X_NOSTOP',0),
};
