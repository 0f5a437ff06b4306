import { isUtf8 } from 'node:buffer';
import type { FastifyInstance } from 'fastify';
import sjson from 'secure-json-parse';
import { badRequest } from './errors.js';
import { findUnstorableText } from '../text/storable-text.js';
import { nestsDeeperThan, tooDeepMessage } from './json-depth.js';

/**
 * JSON bodies parsed with prototype-pollution protection, with errors that say what is wrong:
 * bytes that are not UTF-8, malformed JSON (and where), a forbidden `__proto__` /
 * `constructor.prototype` key, or nesting deeper than any real payload (MAX_JSON_DEPTH).
 */
export function registerJsonParser(app: FastifyInstance) {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    const raw = body as Buffer;
    (request as { rawBody?: Buffer }).rawBody = raw;
    if (raw.length === 0) return done(badRequest('the request body is empty; send a JSON document', 'EMPTY_BODY'), undefined);
    // JSON is UTF-8 (RFC 8259 §8.1). Decoding other bytes would store U+FFFD where the sender's
    // letters were (a Windows-1252 "für" as "f�r"), and the sender, unlike a PSA, can fix it.
    if (!isUtf8(raw)) return done(badRequest('the request body is not valid UTF-8; send JSON encoded as UTF-8', 'INVALID_UTF8'), undefined);
    try {
      const text = raw.toString('utf8');
      const value: unknown = sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      // Checked first: the walks after this one (and validation) recurse.
      if (nestsDeeperThan(value)) return done(badRequest(tooDeepMessage, 'JSON_TOO_DEEP'), undefined);
      // Only a \u escape can put a NUL or a lone surrogate into parsed JSON (UTF-8 decoding
      // replaces broken bytes), so most bodies skip the walk.
      const unstorable = text.includes('\\u') ? findUnstorableText(value, 'body') : null;
      if (unstorable) return done(badRequest(unstorable, 'UNSTORABLE_TEXT'), undefined);
      done(null, value);
    } catch (err) {
      const message = (err as Error).message;
      // secure-json-parse reports pollution attempts as SyntaxErrors too; tell them apart.
      if (!/forbidden (prototype|constructor)/i.test(message)) return done(badRequest(`malformed JSON: ${message}`, 'MALFORMED_JSON'), undefined);
      return done(badRequest(`forbidden key in JSON (${message}): __proto__ and constructor.prototype are refused`, 'FORBIDDEN_KEY'), undefined);
    }
  });
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The exact bytes of a JSON body: webhook signatures are verified over these. */
    rawBody?: Buffer;
  }
}
