import { z } from 'zod';

/**
 * A client id as the API takes it in a filter or a list: as stored (up to 200 characters), never
 * empty or only spaces, which would match no ticket and read as a client with nothing to show.
 */
export const clientId = z.string().min(1, 'must not be empty').max(200).refine((v) => v.trim() !== '', 'must not be blank');

/** The optional `client` filter of list routes. */
export const clientFilter = clientId.optional().describe('Only this client id (leave it out for every client)');
