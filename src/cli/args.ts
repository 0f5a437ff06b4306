/** Minimal argv parsing: positionals and --flag value pairs (no library needed for this). */
export function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string | true> } {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2);
      if (inline !== undefined) flags.set(key, inline);
      else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) flags.set(key, argv[++i]);
      else flags.set(key, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

export class UsageError extends Error {}

export function flag(flags: Map<string, string | true>, name: string): string | undefined {
  const v = flags.get(name);
  if (v === true) throw new UsageError(`--${name} needs a value`);
  return v;
}

export function requiredFlag(flags: Map<string, string | true>, name: string): string {
  const v = flag(flags, name);
  if (v === undefined) throw new UsageError(`--${name} is required`);
  return v;
}
