// Reads the versioned SQL migrations: NNN_name.sql with a `-- migrate:up` and an optional
// `-- migrate:down` section. The checksum of the up section detects an edited, landed migration.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export interface MigrationFile {
  version: string;
  name: string;
  up: string;
  down: string | null;
  checksum: string;
}

const FILE_PATTERN = /^(\d{3,})_([a-z0-9_]+)\.sql$/;
const UP_MARKER = /^--\s*migrate:up\s*$/m;
const DOWN_MARKER = /^--\s*migrate:down\s*$/m;

export function parseMigration(fileName: string, text: string): MigrationFile {
  const match = FILE_PATTERN.exec(fileName);
  if (!match) throw new Error(`migration file name must look like 001_name.sql: ${fileName}`);
  const upAt = text.search(UP_MARKER);
  if (upAt < 0) throw new Error(`${fileName}: missing "-- migrate:up" section`);
  const downAt = text.search(DOWN_MARKER);
  if (downAt >= 0 && downAt < upAt) throw new Error(`${fileName}: "-- migrate:down" must follow "-- migrate:up"`);
  const up = text.slice(upAt, downAt >= 0 ? downAt : undefined).replace(UP_MARKER, '').trim();
  const down = downAt >= 0 ? text.slice(downAt).replace(DOWN_MARKER, '').trim() : '';
  return {
    version: match[1]!,
    name: match[2]!,
    up,
    down: down.length > 0 ? down : null,
    checksum: createHash('sha256').update(up).digest('hex'),
  };
}

export function loadMigrations(dir: string = MIGRATIONS_DIR): MigrationFile[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const migrations = files.map((f) => parseMigration(f, readFileSync(join(dir, f), 'utf8')));
  const seen = new Set<string>();
  for (const m of migrations) {
    if (seen.has(m.version)) throw new Error(`two migrations share version ${m.version}`);
    seen.add(m.version);
  }
  return migrations;
}
