/**
 * The one input limit every surface shares (site, CLI, MCP server, `errata
 * run`): 1 MB of text. Longer input is cut to its last megabyte, where the
 * error usually is, and the caller tells the user. Pure.
 */

/** The most text, in UTF-8 bytes, that any surface matches. */
export const MAX_INPUT_BYTES = 1_048_576;

/** Text cut to its last MAX_INPUT_BYTES bytes (never inside a character), and whether it was cut. */
export function limitInput(text: string): { text: string; cut: boolean } {
  if (text.length * 3 <= MAX_INPUT_BYTES) return { text, cut: false };
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= MAX_INPUT_BYTES) return { text, cut: false };
  let start = bytes.length - MAX_INPUT_BYTES;
  while (start < bytes.length && (bytes[start]! & 0xc0) === 0x80) start++; // skip a split character's tail
  return { text: new TextDecoder().decode(bytes.subarray(start)), cut: true };
}

/** The notice shown when input was cut. */
export const CUT_NOTICE = 'The input was longer than 1 MB; only its last megabyte was matched.';
