/** The theme engine's contract: everything the worker needs, and nothing else. */
export type {
  ConsolidationEntry, ConsolidationResult, Decisions, EngineConfig, EngineInput, PreparedTicket, ThemeView,
} from './types.js';
export { defaultEngineConfig } from './config.js';
export { prepareTicket } from './prepare.js';
export { ThemeEngine } from './engine.js';
