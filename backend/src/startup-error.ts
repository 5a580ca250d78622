import { ConfigError } from './config/config.error';

/**
 * Start-up failures end the process with one readable line and exit code 1: an operator needs to
 * know which setting or service is wrong, not a stack trace.
 */
export function exitOnStartupError(error: unknown): never {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Parley could not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  console.error(message);
  process.exit(1);
}
