// The HTML report in a real Chromium at a desktop width (1280 px) and a phone's (390 px): the page
// never scrolls sideways, every bar is visible (minimum width, inside its track) even when the logs
// span days, every row says its status in words, the statuses have distinct colours, and the label
// sits beside the bar on a desktop and above it on a phone. Screenshots are kept for a human look.
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { aggregate } from '../../src/report/aggregate.js';
import { renderReport } from '../../src/report/index.js';
import { MIN_BAR_PX } from '../../src/report/render-html.js';
import { readLogs } from '../../src/report/read-logs.js';
import { STATUS_WORDS } from '../../src/report/status-words.js';
import { Browser } from './browser.js';

const MIXED = fileURLToPath(new URL('../fixtures/report/mixed-run/', import.meta.url));
const SCREENSHOTS = path.join(tmpdir(), 'steplog-report-screenshots');
const DAY = 24 * 60 * 60 * 1000;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}

interface Layout {
  viewport: number;
  scrollWidth: number;
  fontSize: number;
  bars: (Box & { track: Box })[];
  rows: { label: Box; track: Box; tag: string; tagBox: Box }[];
  legend: { word: string; paint: string }[];
}

const MEASURE = `(() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }; };
  const paint = (el) => { const s = getComputedStyle(el); return s.backgroundColor + ' ' + s.backgroundImage + ' ' + s.borderStyle; };
  return {
    viewport: window.innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    fontSize: parseFloat(getComputedStyle(document.body).fontSize),
    bars: [...document.querySelectorAll('.bar')].map((b) => ({ ...box(b), track: box(b.parentElement) })),
    rows: [...document.querySelectorAll('.chart .row:not(.axis-row)')].map((r) => ({
      label: box(r.querySelector('.label')), track: box(r.querySelector('.track')),
      tag: r.querySelector('.tag').textContent, tagBox: box(r.querySelector('.tag')),
    })),
    legend: [...document.querySelectorAll('.legend .tag')].map((t) => ({ word: t.textContent, paint: paint(t) })),
  };
})()`;

/** The width and height in a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let browser: Browser;
const pages: Record<string, string> = {};

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const logs = await readLogs([MIXED]);
  pages.mixed = renderReport(aggregate(logs), 'html');
  // The same logs with the e2e job three days before the others: sub-second bars in a 3-day spread.
  const spread = structuredClone(logs);
  for (const { record, file } of spread.records) {
    if (!file.includes('e2e')) continue;
    const shift = (iso: string | null) =>
      iso === null ? null : new Date(Date.parse(iso) - 3 * DAY).toISOString();
    record.startedAt = shift(record.startedAt);
    record.completedAt = shift(record.completedAt);
  }
  pages.spread = renderReport(aggregate(spread), 'html');
  for (const [name, html] of Object.entries(pages))
    writeFileSync(path.join(SCREENSHOTS, `${name}.html`), html);
  browser = await Browser.launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['desktop', 1280],
  ['phone', 390],
])('the report page on a %s (%i px)', (device, width) => {
  test.each(['mixed', 'spread'])('%s logs: readable, nothing off-screen, every bar visible', async (name) => {
    await browser.open(pathToFileURL(path.join(SCREENSHOTS, `${name}.html`)).href, width);
    const layout = await browser.evaluate<Layout>(MEASURE);
    const png = await browser.screenshot();
    const shot = path.join(SCREENSHOTS, `${name}-${width}.png`);
    writeFileSync(shot, png);
    expect(pngSize(png).width, shot).toBe(width);

    expect(layout.viewport).toBe(width);
    // No sideways scrolling of the page (wide tables scroll inside their own box).
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    expect(layout.fontSize).toBeGreaterThanOrEqual(14);

    // 20 executions, one never started: a bar for each of the 19 others in both charts.
    expect(layout.bars).toHaveLength(38);
    for (const bar of layout.bars) {
      expect(bar.width).toBeGreaterThanOrEqual(MIN_BAR_PX - 0.01);
      expect(bar.height).toBeGreaterThanOrEqual(10);
      expect(bar.left).toBeGreaterThanOrEqual(bar.track.left - 0.5);
      expect(bar.right).toBeLessThanOrEqual(bar.track.right + 0.5);
      expect(bar.right).toBeLessThanOrEqual(width);
    }
    const words = STATUS_WORDS.map((w) => w.word as string);
    expect(layout.rows).toHaveLength(40);
    for (const row of layout.rows) {
      expect(words).toContain(row.tag);
      expect(row.tagBox.width).toBeGreaterThan(0);
      expect(row.tagBox.right).toBeLessThanOrEqual(width);
      if (device === 'desktop') expect(row.label.right).toBeLessThanOrEqual(row.track.left);
      else expect(row.label.bottom).toBeLessThanOrEqual(row.track.top + 0.5);
    }
    // A legend entry per status, each painted differently (and named: the text is the word).
    expect(layout.legend.map((entry) => entry.word)).toEqual(words);
    expect(new Set(layout.legend.map((entry) => entry.paint)).size).toBe(words.length);
  });
});
