export interface CliCommand {
  name: string;
  summary: string;
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[]): Promise<number>;
}
