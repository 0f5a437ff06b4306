import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, modes, startHarness, ticket, type Harness } from '../support/harness.js';

describe.each(modes)('ticket ingest (%s)', (mode) => {
  let h: Harness;
  let auth: { authorization: string };
  beforeAll(async () => {
    h = await startHarness(mode);
    auth = (await h.tenant()).auth;
  });
  afterAll(() => h.stop());

  const post = (body: unknown, headers = auth) => h.app!.inject({ method: 'POST', url: '/v1/tickets', headers, payload: body as object });
  const get = (id: string, headers = auth) => h.app!.inject({ method: 'GET', url: `/v1/tickets/${id}`, headers });
  const processed = (id: string) =>
    eventually(async () => {
      const body = get(id).then((r) => r.json());
      const t = await body;
      return t.processing?.state === 'processed' ? t : undefined;
    }, 10_000, `ticket ${id} processed`);
  const processCount = async (id: string) =>
    (await h.services.db.query<{ n: number }>('SELECT process_count AS n FROM tickets WHERE id = $1', [id])).rows[0].n;

  it('answers 202 with ids once stored, and processes the ticket', async () => {
    const res = await post(ticket({ externalId: 'A-1', description: '<p>Outlook   <b>prompts</b></p>' }));
    expect(res.statusCode).toBe(202);
    const [stored] = res.json().tickets;
    expect(stored).toMatchObject({ externalId: 'A-1', outcome: 'created' });
    const t = await processed(stored.id);
    expect(t).toMatchObject({ id: stored.id, externalId: 'A-1', source: 'api', title: 'Outlook keeps asking for my password', client: { id: 'acme' } });
    expect(t.processing).toEqual({ state: 'processed', error: null, attempts: 0 });
  });

  it('takes an array of tickets in one committed batch', async () => {
    const res = await post([ticket(), ticket(), ticket()]);
    expect(res.statusCode).toBe(202);
    expect(res.json().tickets).toHaveLength(3);
    for (const t of res.json().tickets) await processed(t.id);
  });

  it('ignores a re-delivery of the same revision and reprocesses a newer one', async () => {
    const first = (await post(ticket({ externalId: 'R-1', revision: '1' }))).json().tickets[0];
    await processed(first.id);
    const again = (await post(ticket({ externalId: 'R-1', revision: '1' }))).json().tickets[0];
    expect(again).toMatchObject({ id: first.id, outcome: 'unchanged', state: 'processed' });
    expect(await processCount(first.id)).toBe(1);

    const newer = (await post(ticket({ externalId: 'R-1', revision: '2', title: 'Outlook password prompts, now on two laptops' }))).json().tickets[0];
    expect(newer).toMatchObject({ id: first.id, outcome: 'updated' });
    const t = await eventually(async () => {
      const b = (await get(first.id)).json();
      return b.title.includes('two laptops') && b.processing.state === 'processed' ? b : undefined;
    });
    expect(t.revision).toBe('2');
    expect(await processCount(first.id)).toBe(2);

    const stale = (await post(ticket({ externalId: 'R-1', revision: '1', title: 'old' }))).json().tickets[0];
    expect(stale.outcome).toBe('unchanged');
    expect((await get(first.id)).json().title).toContain('two laptops');
  });

  it('uses updatedAt as the revision when the PSA sends none', async () => {
    const a = (await post(ticket({ externalId: 'U-1', updatedAt: '2026-11-02T10:00:00Z' }))).json().tickets[0];
    const same = (await post(ticket({ externalId: 'U-1', updatedAt: '2026-11-02T10:00:00Z' }))).json().tickets[0];
    const later = (await post(ticket({ externalId: 'U-1', updatedAt: '2026-11-02T11:00:00Z', status: 'closed' }))).json().tickets[0];
    expect([a.outcome, same.outcome, later.outcome]).toEqual(['created', 'unchanged', 'updated']);
    expect((await get(a.id)).json()).toMatchObject({ status: 'closed', closedAt: '2026-11-02T11:00:00.000Z' });
  });

  it('orders a dated delivery and a numbered one by their dates: a ticket imported with updatedAt takes later webhooks numbered 7', async () => {
    const imported = (await post(ticket({ externalId: 'SN-1', updatedAt: '2026-11-02T10:00:00Z' }))).json().tickets[0];
    const webhook = (await post(ticket({ externalId: 'SN-1', revision: '7', updatedAt: '2026-11-03T09:00:00Z', status: 'resolved' }))).json().tickets[0];
    expect([imported.outcome, webhook.outcome]).toEqual(['created', 'updated']);
    // An export row dated before the stored revision's update is older, whatever its rank would be.
    const oldRow = (await post(ticket({ externalId: 'SN-1', updatedAt: '2026-11-02T12:00:00Z', status: 'open' }))).json().tickets[0];
    expect(oldRow.outcome).toBe('unchanged');
    expect((await get(imported.id)).json()).toMatchObject({ revision: '7', status: 'resolved' });
    // Counters still compare as numbers, and within one batch the newer delivery wins.
    const batch = (await post([ticket({ externalId: 'SN-1', revision: '9', updatedAt: '2026-11-04T09:00:00Z', status: 'closed' }), ticket({ externalId: 'SN-1', revision: '8', updatedAt: '2026-11-03T12:00:00Z' })])).json().tickets;
    expect(batch[0].outcome).toBe('updated');
    expect((await get(imported.id)).json()).toMatchObject({ revision: '9', status: 'closed' });
  });

  it('keeps the creation time when an update does not state createdAt, and takes it when it does', async () => {
    const createdAtOf = async (id: string) =>
      (await h.services.db.query<{ c: Date }>('SELECT created_at AS c FROM tickets WHERE id = $1', [id])).rows[0].c.toISOString();
    const first = (await post({ externalId: 'CA-1', title: 'Printer offline', revision: '1' })).json().tickets[0];
    const createdAt = await createdAtOf(first.id);
    await new Promise((r) => setTimeout(r, 20)); // "now" has moved on by the time the update arrives
    const update = (await post({ externalId: 'CA-1', title: 'Printer offline again', revision: '2' })).json().tickets[0];
    expect(update.outcome).toBe('updated');
    expect((await get(first.id)).json()).toMatchObject({ title: 'Printer offline again', createdAt });

    const stated = (await post({ externalId: 'CA-1', title: 'Printer offline again', revision: '3', createdAt: '2026-10-01T08:00:00Z' })).json().tickets[0];
    expect(stated.outcome).toBe('updated');
    expect((await get(first.id)).json().createdAt).toBe('2026-10-01T08:00:00.000Z');
  });

  it('never stores a ticket closed before it was created when a delivery leaves createdAt out', async () => {
    // A closed ticket delivered for the first time with its close time but no creation time.
    const late = (await post({ externalId: 'CB-1', title: 'Mailbox full', status: 'closed', closedAt: '2026-11-02T09:00:00Z' })).json().tickets[0];
    expect((await get(late.id)).json()).toMatchObject({ createdAt: '2026-11-02T09:00:00.000Z', closedAt: '2026-11-02T09:00:00.000Z' });

    // An update closing a stored ticket at a time before its stored creation moves the creation back.
    const open = (await post({ externalId: 'CB-2', title: 'Share offline', revision: '1', createdAt: '2026-11-05T08:00:00Z' })).json().tickets[0];
    await post({ externalId: 'CB-2', title: 'Share offline', revision: '2', status: 'closed', closedAt: '2026-11-03T08:00:00Z' });
    expect((await get(open.id)).json()).toMatchObject({ createdAt: '2026-11-03T08:00:00.000Z', closedAt: '2026-11-03T08:00:00.000Z' });

    // A close time guessed from an updatedAt older than the stated creation is the creation time.
    const skewed = (await post({ externalId: 'CB-3', title: 'Laptop slow', status: 'resolved', createdAt: '2026-11-05T08:00:00Z', updatedAt: '2026-11-04T08:00:00Z' })).json().tickets[0];
    expect((await get(skewed.id)).json()).toMatchObject({ createdAt: '2026-11-05T08:00:00.000Z', closedAt: '2026-11-05T08:00:00.000Z' });
  });

  it('never lets an older or unranked delivery replace a ticket stored with a revision', async () => {
    const first = (await post(ticket({ externalId: 'R-2', revision: '2', title: 'Scanner jams on every page' }))).json().tickets[0];
    // No revision and no updatedAt: a re-delivery of unknown age, so it cannot be known to be newer.
    const unranked = (await post(ticket({ externalId: 'R-2', title: 'Scanner jams' }))).json().tickets[0];
    expect(unranked).toMatchObject({ id: first.id, outcome: 'unchanged' });
    const older = (await post(ticket({ externalId: 'R-2', revision: '1', title: 'Scanner slow' }))).json().tickets[0];
    expect(older).toMatchObject({ id: first.id, outcome: 'unchanged' });
    expect((await get(first.id)).json()).toMatchObject({ revision: '2', title: 'Scanner jams on every page' });
    const newer = (await post(ticket({ externalId: 'R-2', revision: '3', title: 'Scanner fixed' }))).json().tickets[0];
    expect(newer.outcome).toBe('updated');

    // The same holds for a rank taken from updatedAt.
    await post(ticket({ externalId: 'U-2', updatedAt: '2026-11-02T11:00:00Z', title: 'VPN drops hourly' }));
    expect((await post(ticket({ externalId: 'U-2', title: 'VPN drops' }))).json().tickets[0].outcome).toBe('unchanged');
    expect((await post(ticket({ externalId: 'U-2', updatedAt: '2026-11-02T10:00:00Z', title: 'VPN slow' }))).json().tickets[0].outcome).toBe('unchanged');
  });

  it('keeps the newer revision when one batch holds the same ticket twice, in either order', async () => {
    for (const [i, order] of [[5, 3], [3, 5]].entries()) {
      const id = `DUPB-${i}`;
      const res = await post(order.map((rev) => ticket({ externalId: id, title: `revision ${rev}`, revision: String(rev) })));
      expect(res.statusCode).toBe(202);
      expect((await get(res.json().tickets[0].id)).json()).toMatchObject({ revision: '5', title: 'revision 5' });
    }
  });

  it('updates a ticket from a source without revisions or updatedAt when its content changes', async () => {
    const first = (await post(ticket({ externalId: 'N-1', title: 'Monitor flickers' }))).json().tickets[0];
    expect((await post(ticket({ externalId: 'N-1', title: 'Monitor flickers' }))).json().tickets[0].outcome).toBe('unchanged');
    expect((await post(ticket({ externalId: 'N-1', title: 'Monitor flickers after docking' }))).json().tickets[0].outcome).toBe('updated');
    // A later delivery that does carry a revision is newer than one of unknown age.
    expect((await post(ticket({ externalId: 'N-1', revision: '1', title: 'Monitor replaced' }))).json().tickets[0].outcome).toBe('updated');
    expect((await get(first.id)).json().title).toBe('Monitor replaced');
  });

  it('rejects a ticket closed before it was created, naming closedAt, and stores nothing', async () => {
    const res = await post(ticket({ externalId: 'C-1', createdAt: '2026-11-02T09:00:00Z', closedAt: '2026-11-02T08:59:00Z', status: 'closed' }));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body.closedAt: must not be before createdAt' });
    const batch = await post([ticket({ externalId: 'C-2' }), ticket({ externalId: 'C-3', createdAt: '2026-11-02T09:00:00Z', closedAt: '2026-11-01T09:00:00Z' })]);
    expect(batch.statusCode).toBe(400);
    expect(batch.json().message).toContain('body[1].closedAt: must not be before createdAt');
    // Times are compared as instants, not as text: 10:00+02:00 is 08:00Z, before 09:00Z.
    const ok = await post(ticket({ externalId: 'C-2', createdAt: '2026-11-02T10:00:00+02:00', closedAt: '2026-11-02T09:00:00Z' }));
    expect(ok.json().tickets[0].outcome).toBe('created');

    // A ticket stored before the rule existed is still readable.
    await h.services.db.query(`UPDATE tickets SET closed_at = created_at - interval '1 hour' WHERE id = $1`, [ok.json().tickets[0].id]);
    expect((await get(ok.json().tickets[0].id)).statusCode).toBe(200);
  });

  it('rejects a blank title or externalId, naming the field, and trims the title only', async () => {
    const blankTitle = await post(ticket({ externalId: 'W-1', title: '   ' }));
    expect(blankTitle.statusCode).toBe(400);
    expect(blankTitle.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body.title: must not be blank' });
    const blankId = await post(ticket({ externalId: '  ' }));
    expect(blankId.statusCode).toBe(400);
    expect(blankId.json()).toMatchObject({ code: 'VALIDATION_FAILED', message: 'body.externalId: must not be blank' });

    // The id is the key re-deliveries are matched on, so it is kept exactly as sent.
    const padded = (await post(ticket({ externalId: ' W-2 ', title: '  Printer offline  ' }))).json().tickets[0];
    expect((await get(padded.id)).json()).toMatchObject({ externalId: ' W-2 ', title: 'Printer offline' });
    const again = (await post(ticket({ externalId: ' W-2 ', title: '  Printer offline  ' }))).json().tickets[0];
    expect(again).toMatchObject({ id: padded.id, outcome: 'unchanged' });

    // A ticket stored blank before the rule existed is still readable.
    await h.services.db.query(`UPDATE tickets SET title = '   ', external_id = '  ' WHERE id = $1`, [padded.id]);
    expect((await get(padded.id)).statusCode).toBe(200);
  });

  it("hides another tenant's tickets as if they did not exist", async () => {
    const mine = (await post(ticket())).json().tickets[0];
    const other = await h.tenant();
    const res = await get(mine.id, other.auth);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect((await get('no-such-id')).statusCode).toBe(404);
  });

  it('stores nothing from a batch with one bad ticket', async () => {
    const good = ticket({ externalId: 'B-good' });
    const res = await post([good, { externalId: 'B-bad', title: 42 }]);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toContain('body[1].title');
    const retry = await post([good]);
    expect(retry.json().tickets[0].outcome).toBe('created');
  });
});
