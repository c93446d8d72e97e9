// Human formats for durations and sizes, shared by every renderer. Locale-free, so the same record
// renders the same text on every machine.

/** Drops a trailing `.0`: `5.0` → `5`, `12.3` stays. */
function tenths(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}

/**
 * A duration for people: `850ms`, `12.3s`, `4m 05s`, `1h 02m`. Whole units drop their zero part
 * (`5m`, `1h`, `10s`), so limits read as they were typed. Negative values count as 0.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  ms = Math.max(0, ms);
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`;
  const totalTenths = Math.round(ms / 100);
  if (totalTenths < 600) return `${tenths(totalTenths / 10)}s`;
  const totalSeconds = Math.round(ms / 1000);
  if (totalSeconds < 3600) {
    const m = Math.floor(totalSeconds / 60);
    const s = totalSeconds % 60;
    return s === 0 ? `${m}m` : `${m}m ${String(s).padStart(2, '0')}s`;
  }
  const totalMinutes = Math.round(ms / 60_000);
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return m === 0 ? `${h}h` : `${h}h ${String(m).padStart(2, '0')}m`;
}

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];

/** A size in binary units: `512 B`, `56.7 KiB`, `1 MiB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  bytes = Math.max(0, Math.round(bytes));
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  // Compare the rounded value, so 1023.96 KiB reads `1 MiB` and not `1024 KiB`.
  while (Math.round(value * 10) >= 10240 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${tenths(value)} ${UNITS[unit]}`;
}

/** `1 line`, `3 lines`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
