import type { Analyser } from './analyser.js';

// Stopgap until the theme engine lands: keeps a whitespace-normalised copy of the text.
export const basicAnalyser: Analyser = {
  async analyse(_tenantId, batch, tx) {
    const rows = batch.map((t) => ({
      id: t.id,
      clean_title: t.title.replace(/\s+/g, ' ').trim(),
      clean_text: [t.description ?? '', ...(t.notes ?? []).map((n) => n.text), t.resolution ?? ''].join('\n').replace(/\s+/g, ' ').trim(),
    }));
    await tx.query(
      `UPDATE tickets t SET clean_title = r.clean_title, clean_text = r.clean_text
       FROM jsonb_to_recordset($1::jsonb) AS r(id text, clean_title text, clean_text text) WHERE t.id = r.id`,
      [JSON.stringify(rows)],
    );
  },
  forget() {},
};
