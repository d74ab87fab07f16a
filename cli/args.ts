// Command-line arguments, parsed strictly: every flag is known, takes one value and
// appears once, so a typo is an error instead of a silently ignored option.

/** A problem the user can fix; the CLI prints its message as one line and exits 1. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string>>;
}

/** Splits `args` into positionals and `--flag value` / `--flag=value` pairs, allowing only `allowed` flags. */
export function parseArgs(args: readonly string[], allowed: readonly string[], command: string): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!allowed.includes(name))
      throw new CliError(`unknown option --${name} for "${command}"${allowed.length > 0 ? ` (expected ${allowed.map((f) => `--${f}`).join(', ')})` : ''}`);
    if (Object.hasOwn(flags, name)) throw new CliError(`--${name} is given more than once`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new CliError(`--${name} needs a value`);
      i += 1;
    }
    if (value.trim() === '') throw new CliError(`--${name} needs a value`);
    flags[name] = value;
  }
  return { positional, flags };
}

/** The flag's value, or a one-line error naming it. */
export function requireFlag(args: ParsedArgs, name: string, hint: string): string {
  const value = args.flags[name];
  if (value === undefined) throw new CliError(`missing --${name} ${hint}`);
  return value;
}

/** The value when it is one of `choices`, or a one-line error listing them. */
export function oneOfFlag<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T {
  const value = requireFlag(args, name, `<${choices.join('|')}>`);
  if (!(choices as readonly string[]).includes(value)) throw new CliError(`unknown --${name} "${value}" (expected ${choices.join(', ')})`);
  return value as T;
}
