/**
 * The theme engine's saved state as text, not jsonb: it is written whole with every processed
 * batch and read whole, never queried inside, and jsonb cost a parse into its binary form on
 * every write and a rendering back to text on every read (an 830 KiB state in embedded PGlite:
 * 80-90 ms a write and 25 ms a read as jsonb, 30-35 ms and 6-7 ms as text).
 */
export const sql = /* sql */ `
ALTER TABLE engine_state ALTER COLUMN snapshot TYPE text USING snapshot::text;
`;
