/**
 * The text encoding of an export file. Most are UTF-8; an export saved by older Excel or a
 * Windows tool is Windows-1252, whose accented letters are not valid UTF-8 and would all become
 * U+FFFD. Judged on the first 64 KiB: if most non-ASCII byte sequences there are invalid UTF-8,
 * the file is read as Windows-1252; a UTF-8 file with the odd broken byte stays UTF-8.
 */
import { closeSync, createReadStream, openSync, readSync, type ReadStream } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { sniffDelimiter } from './sniff-delimiter.js';

export type ExportEncoding = 'utf-8' | 'windows-1252';

export function guessEncoding(head: Uint8Array): ExportEncoding {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b < 0x80) continue;
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = i + k < head.length ? (head[i + k] & 0xc0) === 0x80 : true;
    if (ok) { valid++; i += len - 1; } else invalid++;
  }
  return invalid > valid ? 'windows-1252' : 'utf-8';
}

/** Bytes in, text out, decoded as `encoding` (sequences split across chunks are carried over). */
export function decodeStream(encoding: ExportEncoding): Transform {
  const decoder = new TextDecoder(encoding);
  return new Transform({
    transform(chunk: Buffer, _enc, done) { done(null, decoder.decode(chunk, { stream: true })); },
    flush(done) { done(null, decoder.decode()); },
  });
}

/** How much of an export is read to judge its encoding and delimiter. */
const HEAD_BYTES = 64 * 1024;

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * An export file as text: `bytes` is the raw stream (for progress), `text` the decoded one, and
 * `delimiter` the one its first line uses if it is a CSV. Both are judged from the first 64 KiB.
 */
export function openExport(path: string): { bytes: ReadStream; text: Readable; delimiter: string } {
  const head = readHead(path);
  const encoding = guessEncoding(head);
  const firstLine = new TextDecoder(encoding).decode(head).split(/\r?\n/, 1)[0];
  const bytes = createReadStream(path);
  return { bytes, text: encoding === 'utf-8' ? bytes : bytes.pipe(decodeStream(encoding)), delimiter: sniffDelimiter(firstLine) };
}
