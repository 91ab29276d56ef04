import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, stdSerializers } from 'pino';

/** Fields every line logged inside `withLogContext` carries, e.g. the request's id. */
export type LogContext = Readonly<Record<string, string | number>>;

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
  /** Registers a value that must never appear in output (keys, passwords, tokens). */
  addSecret(secret: string | undefined): void;
}

const context = new AsyncLocalStorage<LogContext>();

/** Runs `work` so that every line logged while it runs, however deep and however late, carries `fields`. */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return context.run({ ...context.getStore(), ...fields }, work);
}

/**
 * Values under these keys are credentials wherever they sit in a logged object (an HTTP client's error can carry
 * its request headers several causes deep).
 */
const CREDENTIAL_FIELD =
  /("[^"\\]*(?:authorization|cookie|token|password|secret|master[-_]?key|api[-_]?key)[^"\\]*"\s*:\s*)"(?:[^"\\]|\\.)*"/gi;
/** A bearer credential anywhere in the text, e.g. inside a message. */
const BEARER = /\b(Bearer\s+)[A-Za-z0-9._~+/-]+=*/g;

/**
 * Structured logs: one JSON object per line (pino) on stderr, with `level`, `time`, `msg`, the process id, an `err`
 * object (with its causes) for errors, and the fields of the current `withLogContext` (the request id).
 * Registered secrets are redacted from every line, as are values of credential-named fields and bearer tokens.
 * `write` receives each line without its line break.
 */
export function createLogger(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): Logger {
  const secrets = new Set<string>();
  const redact = (line: string) => {
    let out = line.replace(CREDENTIAL_FIELD, '$1"[redacted]"').replace(BEARER, '$1[redacted]');
    for (const secret of secrets) out = out.split(secret).join('[redacted]');
    return out;
  };
  const log = pino(
    {
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      // Causes are kept as nested objects: the reason a store call failed is often two causes down.
      serializers: { err: stdSerializers.errWithCause },
      mixin: () => ({ ...context.getStore() }),
    },
    { write: (chunk: string) => write(redact(chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk)) },
  );
  return {
    info: (message) => log.info(message),
    error: (message, error) => (error === undefined ? log.error(message) : log.error({ err: error }, message)),
    addSecret: (secret) => {
      if (!secret || secret.length < 6) return;
      secrets.add(secret);
      // The same secret as it appears inside a JSON string, if escaping changes it.
      const escaped = JSON.stringify(secret).slice(1, -1);
      if (escaped !== secret) secrets.add(escaped);
    },
  };
}
