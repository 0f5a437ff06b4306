import { closeSync, openSync, readSync } from 'node:fs';

/** How much of an export is read to judge its delimiter and encoding. */
const HEAD_BYTES = 64 * 1024;

/** The first 64 KiB of a file (all of it when smaller). */
export function readFileHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    return buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}
