/** Reads `--name value` and `--name=value` options; anything else is an error naming it. */
export function parseOptions<K extends string>(args: readonly string[], names: readonly K[]): Partial<Record<K, string>> {
  const options: Partial<Record<K, string>> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = match?.[1] as K | undefined;
    if (!match || !name || !names.includes(name)) throw new Error(`unknown option "${arg}" (see --help)`);
    const value = match[2] ?? args[index + 1];
    if (value === undefined || (match[2] === undefined && value.startsWith('--'))) throw new Error(`--${name} needs a value`);
    if (match[2] === undefined) index += 1;
    options[name] = value;
  }
  return options;
}
