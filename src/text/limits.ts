/**
 * Caps on how much text is analysed. A ticket's cause is stated near its start; what follows
 * (logs, pasted mail threads, attachments inlined as text) adds cost and noise, not signal.
 * Capping first is what makes every later step linear in a bounded input.
 */
export const MAX_TITLE_CHARS = 500;
export const MAX_BODY_CHARS = 12_000;
/** Longest whitespace-free chunk that is classified by pattern; longer ones are blobs. */
export const MAX_CHUNK_CHARS = 160;
/** Lines are inspected for boilerplate by their first characters only. */
export const LINE_HEAD_CHARS = 120;
