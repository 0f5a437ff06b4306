/**
 * A one-line progress bar on stderr: rows, rate, share of the file read and ETA from bytes read.
 * On a terminal it redraws in place; piped, it prints a line every few seconds.
 */
export function createProgress(out: NodeJS.WriteStream, totalBytes: number, bytesRead: () => number) {
  const started = Date.now();
  const tty = Boolean(out.isTTY);
  const everyMs = tty ? 200 : 5_000;
  let last = 0;

  function line(rows: number): string {
    const elapsed = Math.max(0.001, (Date.now() - started) / 1000);
    const share = totalBytes > 0 ? Math.min(1, bytesRead() / totalBytes) : 1;
    const eta = share > 0 ? (elapsed / share) * (1 - share) : 0;
    const width = 24;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    return `[${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${rows.toLocaleString('en')} rows  ${Math.round(rows / elapsed).toLocaleString('en')}/s  ETA ${clock(eta)}`;
  }

  return {
    update(rows: number) {
      const now = Date.now();
      if (now - last < everyMs) return;
      last = now;
      out.write(tty ? `\r${line(rows)}` : `${line(rows)}\n`);
    },
    done(rows: number) {
      out.write(tty ? `\r${line(rows)}\n` : `${line(rows)}\n`);
    },
  };
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}
