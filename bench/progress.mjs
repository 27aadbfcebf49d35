// One live status line on stderr: rewritten in place on a terminal, a line every
// 10 s otherwise (CI logs), so a person can tell a long step is alive.
const tty = process.stderr.isTTY;
let lastPrinted = 0;

/** Shows `text` as the current status. */
export function progress(text) {
  if (tty) process.stderr.write(`\r\x1b[K${text}`);
  else if (Date.now() - lastPrinted >= 10_000) {
    process.stderr.write(`${text}\n`);
    lastPrinted = Date.now();
  }
}

/** Ends the current status with a final line. */
export function done(text) {
  process.stderr.write(tty ? `\r\x1b[K${text}\n` : `${text}\n`);
  lastPrinted = 0;
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
