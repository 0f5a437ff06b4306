/** The standards and suggestions logic: pure functions, no I/O. The integrator wires these into routes and jobs. */
export { catalogueVersion, CatalogueError, customStandardSchema, loadCatalogue, validateStandards } from './catalogue/index.js';
export type { CustomStandardInput } from './catalogue/index.js';
export { standardCategory, standardSchema, type Standard, type StandardCategory, type StandardInput } from './standard-schema.js';
export type { StandardMatch, ThemeEvidence, ThemeStats } from './theme-types.js';
export { buildMatchIndex, type StandardIndex } from './match-index.js';
export { matchTheme, MIN_CONFIDENCE, type MatchOptions } from './match-theme.js';
export { buildSuggestions, type MatchesByTheme, type SuggestionOptions } from './build-suggestions.js';
export { DEFAULT_EXPECTED_REDUCTION } from './impact.js';
export { scorePartsSchema, suggestionSchema, type ScoreParts, type Suggestion } from './suggestion-schema.js';
export { measureEffect, NO_CLIENT, scopedEvents, type EffectComparison, type EffectInput, type EffectResult, type EffectVerdict } from './measure-effect.js';
export { rateRatioTest, type RateRatioTest } from './stats/rate-ratio-test.js';
export { clientReviewSchema, type ClientReview } from './review/client-review-schema.js';
export { assessCalm } from './review/assess-calm.js';
export { renderReview, type ReviewFormat } from './review/render-review.js';
