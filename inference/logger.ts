// Structured logging for the inference service: JSON lines in production, readable lines locally.
import winston from 'winston';

export type Logger = winston.Logger;

/** How deep errors are looked for in the metadata, and error causes followed. */
const MAX_DEPTH = 6;

export function createLogger(level: string, production = process.env.NODE_ENV === 'production'): Logger {
  return winston.createLogger({
    level,
    defaultMeta: { service: 'inference' },
    format: production
      ? winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true, cause: true }), errorFields(), winston.format.json())
      : winston.format.combine(
          winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
          winston.format.errors({ stack: true, cause: true }),
          errorFields(),
          winston.format.printf(({ timestamp, level: lvl, message, service: _s, ...meta }) => {
            const rest = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
            return `${String(timestamp)} ${lvl} ${String(message)}${rest}`;
          }),
        ),
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug'] })],
  });
}

/**
 * Errors anywhere in the metadata become {name, message, stack, cause}. Serialised as they are, an
 * error keeps only its enumerable fields: the message, stack and cause (the root cause) are lost,
 * and what is kept can be anything the error carries, scanned text included.
 */
const errorFields = winston.format((info) => {
  for (const key of Object.keys(info)) info[key] = withPlainErrors(info[key], 0);
  return info;
});

/** The value with its errors made plain; plain objects and arrays are copied only where one was found. */
function withPlainErrors(value: unknown, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    // Past the depth limit (a long or circular cause chain) an error keeps its name and message only.
    if (depth >= MAX_DEPTH) return { name: value.name, message: value.message };
    const fields: Record<string, unknown> = { name: value.name, message: value.message, stack: value.stack };
    if (value.cause !== undefined) fields.cause = withPlainErrors(value.cause, depth + 1);
    return fields;
  }
  if (depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => withPlainErrors(item, depth + 1));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  // Class instances (dates, buffers, URLs) serialise themselves.
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const plain = withPlainErrors(item, depth + 1);
    if (plain !== item) (copy ??= { ...value })[key] = plain;
  }
  return copy ?? value;
}
