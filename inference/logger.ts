// Structured logging for the inference service: JSON lines in production, readable lines locally.
import winston from 'winston';

export type Logger = winston.Logger;

export function createLogger(level: string, production = process.env.NODE_ENV === 'production'): Logger {
  return winston.createLogger({
    level,
    defaultMeta: { service: 'inference' },
    format: production
      ? winston.format.combine(winston.format.timestamp(), winston.format.errors({ stack: true }), winston.format.json())
      : winston.format.combine(
          winston.format.timestamp({ format: 'HH:mm:ss.SSS' }),
          winston.format.errors({ stack: true }),
          winston.format.printf(({ timestamp, level: lvl, message, service: _s, ...meta }) => {
            const rest = Object.keys(meta).length > 0 ? ` ${JSON.stringify(meta)}` : '';
            return `${String(timestamp)} ${lvl} ${String(message)}${rest}`;
          }),
        ),
    transports: [new winston.transports.Console({ stderrLevels: ['error', 'warn', 'info', 'debug'] })],
  });
}
