import { readFileSync } from 'node:fs';
import { limitInput, CUT_NOTICE } from '../lib/input.ts';
import { redactSecrets } from '../lib/redact.ts';
import { UsageError } from './errors.ts';

/**
 * Error text from FILE, or standard input when FILE is absent or `-`: cut to
 * the shared 1 MB limit (with a notice on stderr) and redacted, so no secret
 * is matched, printed or passed on.
 */
export function readErrorText(file: string | undefined, what = 'the error text'): string {
  return prepareErrorText(file === undefined || file === '-' ? readStdin() : readFile(file), what);
}

/** Error text given on the command line or read elsewhere, limited and redacted the same way. */
export function prepareErrorText(raw: string, what = 'the error text'): string {
  if (!raw.trim()) throw new UsageError(`${what} is empty; pass it in FILE or on standard input`);
  const { text, cut } = limitInput(raw);
  if (cut) console.error(`errata: ${CUT_NOTICE}`);
  return redactSecrets(text);
}

function readStdin(): string {
  if (process.stdin.isTTY) throw new UsageError('no input: pipe the error in (errata match < error.txt) or pass a FILE');
  return readFileSync(0, 'utf8');
}

function readFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read \`${file}\` (${why}); pass a readable text file, or - for standard input`);
  }
}
