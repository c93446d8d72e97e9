// Strict parsers for input values. Each returns the value or throws an InputError that names the
// input, the value and what is accepted. Lenient JavaScript coercions (Number(''), parseInt('5m'),
// 0x10, 1e3, Infinity) are exactly what these exist to refuse.
import parseDurationLibrary from 'parse-duration';
import { InputError } from './errors.js';

/** setTimeout fires after 1 ms for larger delays (TimeoutOverflowWarning): about 24.8 days. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

const DURATION_ACCEPTED =
  'a duration such as 90 (seconds), 90s, 1.5m, 1h30m or 250ms (units ms, s, m, h, d; 0 for none; at most 24d)';
// A bare number (seconds) or one or more number+unit parts, largest unit first by convention.
const DURATION = /^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;

/** `label` is how the user named the input, e.g. `--timeout` or `input 'timeout'`. */
export function parseDuration(label: string, value: string): number {
  const text = value.trim();
  if (!DURATION.test(text)) throw new InputError(label, value, DURATION_ACCEPTED);
  const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * 1000 : parseDurationLibrary(text);
  if (ms === null || ms === undefined || !Number.isFinite(ms))
    throw new InputError(label, value, DURATION_ACCEPTED);
  const rounded = Math.round(ms);
  if (rounded > MAX_TIMER_MS) throw new InputError(label, value, DURATION_ACCEPTED);
  if (rounded === 0 && ms > 0) throw new InputError(label, value, `${DURATION_ACCEPTED}; at least 1ms`);
  return rounded;
}

const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};
const SIZE_ACCEPTED = 'a size such as 65536, 64KiB, 1MiB or 1MB (units B, KB, MB, GB, KiB, MiB, GiB)';

export function parseSize(label: string, value: string, max = 1024 ** 3): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? SIZE_UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) throw new InputError(label, value, SIZE_ACCEPTED);
  const bytes = Math.floor(Number(match[1]) * unit);
  if (bytes > max) throw new InputError(label, value, `${SIZE_ACCEPTED}, at most ${max} bytes`);
  return bytes;
}

export function parseInteger(label: string, value: string, min: number, max: number): number {
  const text = value.trim();
  const accepted = `a whole number from ${min} to ${max}`;
  if (!/^-?\d+$/.test(text)) throw new InputError(label, value, accepted);
  const n = Number(text);
  if (n < min || n > max) throw new InputError(label, value, accepted);
  return n;
}

export function parseNumber(label: string, value: string, min: number, max: number): number {
  const text = value.trim();
  const accepted = `a number from ${min} to ${max}`;
  if (!/^\d+(?:\.\d+)?$/.test(text)) throw new InputError(label, value, accepted);
  const n = Number(text);
  if (n < min || n > max) throw new InputError(label, value, accepted);
  return n;
}

export function parseEnum<T extends string>(label: string, value: string, options: readonly T[]): T {
  const text = value.trim();
  if (!(options as readonly string[]).includes(text)) {
    throw new InputError(label, value, `one of ${options.join(', ')}`);
  }
  return text as T;
}

/** YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBoolean(label: string, value: string): boolean {
  const text = value.trim();
  if (['true', 'True', 'TRUE'].includes(text)) return true;
  if (['false', 'False', 'FALSE'].includes(text)) return false;
  throw new InputError(label, value, 'true or false');
}

/** `0`, `0,1`, `1, 2 ,3`, one per line … each 0–255 (what a process can exit with). */
export function parseExitCodes(label: string, value: string): number[] {
  const parts = value.split(/[\s,]+/).filter(Boolean);
  const accepted = 'a comma-separated list of exit codes from 0 to 255, such as 0,1';
  if (parts.length === 0) throw new InputError(label, value, accepted);
  return [...new Set(parts.map((part) => parseIntegerPart(label, value, part, accepted)))];
}

function parseIntegerPart(label: string, value: string, part: string, accepted: string): number {
  if (!/^\d+$/.test(part) || Number(part) > 255) throw new InputError(label, value, accepted);
  return Number(part);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Linux refuses a single `NAME=value` string above 128 KiB with E2BIG at spawn time. */
const MAX_ENV_ENTRY = 128 * 1024 - 1;

export function validateEnv(label: string, env: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(env)) {
    if (!ENV_NAME.test(name)) {
      throw new InputError(
        label,
        name,
        'environment variable names made of letters, digits and _, not starting with a digit',
      );
    }
    if (value.includes('\0')) throw new InputError(label, `${name}=…`, 'values without NUL characters');
    if (Buffer.byteLength(name) + Buffer.byteLength(value) + 1 > MAX_ENV_ENTRY) {
      throw new InputError(label, `${name}=…`, 'values under 128 KiB (the Linux limit for one variable)');
    }
  }
  return env;
}
