import { inspect } from 'node:util';

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** Registers a value that must never appear in output (keys, passwords, tokens). */
  addSecret(secret: string | undefined): void;
}

/**
 * Writes to stderr and redacts registered secrets from everything it prints, including error
 * causes: an HTTP client's error may carry its Authorization header several causes deep.
 */
export function createLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const secrets = new Set<string>();
  const redact = (text: string) => {
    let out = text;
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  return {
    info: (message) => write(redact(message)),
    error: (message, error) =>
      write(redact(error === undefined ? message : `${message}\n${inspect(error, { depth: 6 })}`)),
    addSecret: (secret) => {
      if (secret && secret.length >= 6) secrets.add(secret);
    },
  };
}
