import { parseArgs as parseTokens } from 'node:util';
import { UsageError } from './errors.ts';

/** Parsed command-line flags: booleans, values and positionals. */
export interface Args {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/** A sample value for each value flag, shown when one is missing. */
const EXAMPLES: Record<string, string> = { '--limit': '5', '--content': 'content', '--out': 'dist', '--slug': 'node-eaddrinuse', '--file': 'error.txt' };

/** What a command accepts: flags written as typed (`--json`, `-h`), and how many positionals. */
export interface ArgSpec {
  booleans: string[];
  values: string[];
  maxPositionals: number;
}

/**
 * Parses `argv` against the allowed boolean and value flags with Node's own
 * `util.parseArgs` (so `--flag=value`, `--` and `-` work as everywhere else);
 * anything else is a UsageError that names the flag and lists the valid ones.
 */
export function parseArgs(argv: string[], spec: ArgSpec): Args {
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {};
  const spelled = new Map<string, string>(); // parseArgs' option name -> the flag as the spec writes it
  const add = (flag: string, type: 'boolean' | 'string') => {
    const short = /^-([A-Za-z])$/.exec(flag)?.[1];
    const name = short ?? flag.replace(/^--/, '');
    options[name] = short ? { type, short } : { type };
    spelled.set(name, flag);
  };
  for (const flag of spec.booleans) add(flag, 'boolean');
  for (const flag of spec.values) add(flag, 'string');
  const known = [...spec.booleans, ...spec.values].join(', ');
  const { tokens } = parseTokens({ args: argv, options, strict: false, allowPositionals: true, tokens: true });
  const args: Args = { flags: new Set(), values: new Map(), positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'positional') {
      args.positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const option = options[token.name];
    if (!option) throw new UsageError(`unknown option \`${token.rawName}\`; valid options: ${known || 'none'}`);
    const flag = spelled.get(token.name)!;
    if (option.type === 'boolean') {
      if (token.value !== undefined) throw new UsageError(`${flag} takes no value (found \`${argv[token.index]}\`)`);
      args.flags.add(flag);
      continue;
    }
    if (token.value === undefined || token.value === '') throw new UsageError(`${flag} needs a value, e.g. \`${flag} ${EXAMPLES[flag] ?? 'VALUE'}\``);
    args.values.set(flag, token.value);
  }
  if (args.positionals.length > spec.maxPositionals) {
    throw new UsageError(`too many arguments (found \`${args.positionals.join(' ')}\`); expected at most ${spec.maxPositionals}`);
  }
  return args;
}
