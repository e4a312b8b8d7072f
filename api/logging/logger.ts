// Winston logger for the API: JSON lines in production, readable lines elsewhere, and every
// entry passed through the redactor so secrets never reach a log in full.
import winston from 'winston';
import { redact, redactText } from './redact.js';

export type Logger = winston.Logger;

const redactFormat = winston.format((info) => {
  const { level, message, ...rest } = info;
  const cleaned = redact(rest) as Record<string, unknown>;
  for (const key of Object.keys(rest)) delete (info as Record<string, unknown>)[key];
  Object.assign(info, cleaned, { level, message: typeof message === 'string' ? redactText(message) : message });
  return info;
});

export interface LoggerOptions {
  level: string;
  json: boolean;
  /** Tests pass a stream to read what was logged. */
  stream?: NodeJS.WritableStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const format = options.json
    ? winston.format.combine(redactFormat(), winston.format.timestamp(), winston.format.json())
    : winston.format.combine(
        redactFormat(),
        winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
        winston.format.printf(({ timestamp, level, message, ...rest }) => {
          const extra = Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '';
          return `${String(timestamp)} ${level} ${String(message)}${extra}`;
        }),
      );
  const transport = options.stream
    ? new winston.transports.Stream({ stream: options.stream })
    : new winston.transports.Console({ stderrLevels: ['error', 'warn'] });
  return winston.createLogger({ level: options.level, format, defaultMeta: { service: 'api' }, transports: [transport] });
}
