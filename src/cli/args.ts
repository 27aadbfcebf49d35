import { UsageError } from './errors.ts';

/** Parsed command-line flags: booleans, values and positionals. */
export interface Args {
  flags: Set<string>;
  values: Map<string, string>;
  positionals: string[];
}

/**
 * Parses `argv` against the allowed boolean and value flags; anything else is a
 * UsageError that names the flag and lists the valid ones.
 */
export function parseArgs(argv: string[], spec: { booleans: string[]; values: string[]; maxPositionals: number }): Args {
  const args: Args = { flags: new Set(), values: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.split(/=(.*)/s, 2) as [string, string | undefined]) : [arg, undefined];
    if (spec.booleans.includes(name)) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value (found \`${arg}\`)`);
      args.flags.add(name);
    } else if (spec.values.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new UsageError(`${name} needs a value, e.g. \`${name} ${name === '--limit' ? '5' : 'content'}\``);
      args.values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') {
      const known = [...spec.booleans, ...spec.values].join(', ');
      throw new UsageError(`unknown option \`${arg}\`; valid options: ${known || 'none'}`);
    } else {
      args.positionals.push(arg);
    }
  }
  if (args.positionals.length > spec.maxPositionals) {
    throw new UsageError(`too many arguments (found \`${args.positionals.join(' ')}\`); expected at most ${spec.maxPositionals}`);
  }
  return args;
}
