import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';

/**
 * Splits a byte stream into lines with bounded memory: at most one line (capped at maxLineBytes)
 * is held at a time, and the source is only read as fast as the consumer iterates. A line longer
 * than the cap is reported as `tooLong` and skipped up to the next newline.
 */
export async function* readLines(input: Readable, maxLineBytes = 8 * 1024 * 1024): AsyncGenerator<{ line: number; text: string; tooLong?: true }> {
  const decoder = new StringDecoder('utf8');
  let buffer = '';
  let line = 0;
  let skipping = false;
  const emit = function* (text: string) {
    line++;
    if (skipping) {
      skipping = false;
      yield { line, text: '', tooLong: true as const };
    } else yield { line, text: text.replace(/\r$/, '') };
  };
  for await (const chunk of input) {
    buffer += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      yield* emit(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
    if (buffer.length > maxLineBytes) {
      skipping = true;
      buffer = '';
    }
  }
  buffer += decoder.end();
  if (buffer.length > 0 || skipping) yield* emit(buffer);
}
