import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ExecutionRecord } from '../../src/core/record.js';
import { stripControls } from '../../src/render/markdown.js';
import { MAX_SUMMARY_ANNOTATIONS, MAX_SUMMARY_BYTES, renderSummary } from '../../src/render/summary.js';
import { CASES } from './fixtures.js';
import { CONTROL, REFERENCE_IN_TEXT, tokensOf, visibleText, type Token } from './parse.js';

// Reviewers read these files to see what a summary looks like; `UPDATE_GOLDEN=1 npx vitest run
// test/render` rewrites them after an intended change.
const GOLDEN = fileURLToPath(new URL('../golden/summary/', import.meta.url));
/** The huge-tail golden file is rendered under this limit, so it shows the cut and stays readable. */
const GOLDEN_HUGE_LIMIT = 8 * 1024;

type CaseName = keyof typeof CASES;
const records = {} as Record<CaseName, ExecutionRecord>;
beforeAll(async () => {
  for (const name of Object.keys(CASES) as CaseName[]) records[name] = await CASES[name]();
});

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

function compareGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, `${name}.md`);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `${file} is out of date; run UPDATE_GOLDEN=1 npx vitest run test/render`).toBe(
    readFileSync(file, 'utf8'),
  );
}

const OUR_HTML_BLOCK = /^(?:<details><summary>(?:stdout|stderr): [^<>]*<\/summary>\n|<\/details>\n)$/;
const OUR_HTML_INLINE = ['<br>', '<sub>', '</sub>'];

/** What must hold for any summary, whatever the record and the limit. */
function expectWellFormed(markdown: string, maxBytes: number): Token[] {
  expect(byteLength(markdown)).toBeLessThanOrEqual(maxBytes);
  expect(markdown).not.toMatch(CONTROL);
  const tokens = tokensOf(markdown);
  const lines = markdown.split('\n');
  for (const token of tokens) {
    if (token.type === 'html_block') expect(token.content).toMatch(OUR_HTML_BLOCK);
    if (token.type === 'html_inline') expect(OUR_HTML_INLINE).toContain(token.content);
    expect(['link_open', 'image']).not.toContain(token.type);
    if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
    // Every fence is closed by its own markup: nothing after it was swallowed.
    if (token.type === 'fence') expect(lines[token.map![1] - 1]).toBe(token.markup);
  }
  const html = tokens.filter((t) => t.type === 'html_block').map((t) => t.content);
  expect(html.filter((h) => h.startsWith('<details>')).length).toBe(
    html.filter((h) => h === '</details>\n').length,
  );
  return tokens;
}

function headings(tokens: Token[]): string[] {
  return tokens.flatMap((t, i) => (t.type === 'heading_open' ? [`${t.tag} ${tokens[i + 1].content}`] : []));
}

function fences(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.type === 'fence');
}

/** The cells of each row of the n-th table. */
function table(tokens: Token[], n: number): string[][] {
  const start = tokens.filter((t) => t.type === 'table_open')[n];
  const rows: string[][] = [];
  for (let i = tokens.indexOf(start); tokens[i].type !== 'table_close'; i++) {
    if (tokens[i].type === 'tr_open') rows.push([]);
    if (tokens[i].type === 'inline') rows.at(-1)!.push(visibleText(tokens[i].children ?? []));
  }
  return rows;
}

function lastParagraph(tokens: Token[]): string {
  const inline = tokens.filter((t) => t.type === 'inline').at(-1)!;
  return visibleText(inline.children ?? []);
}

const fenceContent = (text: string) => {
  const clean = stripControls(text);
  return clean.endsWith('\n') ? clean : `${clean}\n`;
};

describe('golden summaries', () => {
  test.each(Object.keys(CASES) as CaseName[])('%s', (name) => {
    const maxBytes = name === 'huge-tail' ? GOLDEN_HUGE_LIMIT : MAX_SUMMARY_BYTES;
    const markdown = renderSummary(records[name], { maxBytes });
    compareGolden(name, markdown);
    expectWellFormed(markdown, maxBytes);
  });
});

describe('structure of each case', () => {
  test('success: heading, facts, command, no output tails, footer', () => {
    const record = records.success;
    const tokens = expectWellFormed(renderSummary(record), MAX_SUMMARY_BYTES);
    expect(headings(tokens)).toEqual(['h3 ✅ Build the shop']);
    expect(fences(tokens).map((f) => [f.info, f.content])).toEqual([['bash', 'npm ci\nnpm run build\n']]);
    expect(table(tokens, 0)).toEqual([
      ['Status', 'Duration', 'Exit code', 'Signal', 'Attempts'],
      ['✅ success', '12.3s', '0', '—', '1 of 1'],
    ]);
    expect(lastParagraph(tokens)).toContain(record.id);
  });

  test('failure: annotations table sorted by level, then stderr and stdout tails', () => {
    const record = records.failure;
    const tokens = expectWellFormed(renderSummary(record), MAX_SUMMARY_BYTES);
    expect(headings(tokens)).toEqual([
      'h3 ❌ lint',
      'h4 Annotations (2 errors, 1 warning, 1 notice)',
      'h4 Output',
    ]);
    expect(table(tokens, 1)).toEqual([
      ['Level', 'Location', 'Message'],
      ['❌ error', 'src/cart.ts:12:7', "'total' is never reassigned. Use 'const' instead. (prefer-const)"],
      [
        '❌ error',
        'src/cart.ts:40:3',
        'Unexpected any Unexpected any. Specify a different type. (@typescript-eslint/no-explicit-any)',
      ],
      ['⚠️ warning', 'src/cart.ts:51:1', 'Missing return type on function.'],
      ['ℹ️ notice', '—', 'ESLint ran on 48 files'],
    ]);
    expect(fences(tokens).map((f) => [f.info, f.content])).toEqual([
      ['bash', 'npx eslint . --max-warnings 0\n'],
      ['text', fenceContent(record.stderr.tail)],
      ['text', fenceContent(record.stdout.tail)],
    ]);
    expect(lastParagraph(tokens)).toContain(record.id);
  });

  test('timeout escalated to SIGKILL over 3 attempts: a row per attempt', () => {
    const tokens = expectWellFormed(renderSummary(records['timeout-retries']), MAX_SUMMARY_BYTES);
    expect(headings(tokens)).toEqual(['h3 ⏱️ e2e', 'h4 Attempts', 'h4 Output']);
    expect(tokens.filter((t) => t.type === 'inline')[1].content).toBe(
      '`e2e` timed out after 5m on attempt 3 of 3; killed with SIGKILL after 10s grace.',
    );
    expect(table(tokens, 1)).toEqual([
      ['#', 'Status', 'Duration', 'Exit code / signal'],
      ['1', '❌ failed', '8.1s', 'exit code 1'],
      ['2', '⏱️ timed out', '5m', 'SIGTERM'],
      ['3', '⏱️ timed out', '5m 10s', 'SIGKILL'],
    ]);
  });

  test('cancelled and steplog error', () => {
    const cancelled = expectWellFormed(renderSummary(records.cancelled), MAX_SUMMARY_BYTES);
    expect(headings(cancelled)).toEqual(['h3 🚫 deploy', 'h4 Output']);
    const error = expectWellFormed(renderSummary(records['steplog-error']), MAX_SUMMARY_BYTES);
    expect(headings(error)).toEqual(['h3 ❌ format']);
    expect(
      visibleText(error.find((t) => t.type === 'inline' && t.content.startsWith('steplog'))!.children!),
    ).toBe('steplog could not run format: Shell "zsh" was not found on PATH. Install it or set `shell`.');
  });

  test('hostile output is text, in exactly the expected code blocks, and later sections survive', () => {
    const record = records.hostile;
    const tokens = expectWellFormed(renderSummary(record), MAX_SUMMARY_BYTES);
    expect(headings(tokens)).toEqual([
      'h3 ❌ release \\`v2\\` &lt;b&gt;`@octocat`&lt;/b&gt; `#1` \\| x',
      'h4 Annotations (1 error, 1 warning)',
      'h4 Output',
    ]);
    expect(fences(tokens).map((f) => [f.info, f.content, f.markup])).toEqual([
      ['bash', fenceContent(record.command), '````'],
      ['text', fenceContent(record.stderr.tail), '`'.repeat(11)],
      ['text', fenceContent(record.stdout.tail), '`'.repeat(11)],
    ]);
    // two rows, three cells each, the text intact.
    expect(table(tokens, 1)).toEqual([
      ['Level', 'Location', 'Message'],
      [
        '❌ error',
        'src/a|b.ts:3',
        "<img src=x onerror=alert(1)> a | b\n=cmd|' /C calc'!A0\n+1 -1 @octocat #1 <!--\n``` (`x`)",
      ],
      ['⚠️ warning', '-rf.ts:1', '</td></tr></table><script>alert(1)</script>'],
    ]);
    expect(lastParagraph(tokens)).toContain(record.id);
  });

  test('many annotations are listed up to the cap, the rest counted', () => {
    const tokens = expectWellFormed(renderSummary(records['many-annotations']), MAX_SUMMARY_BYTES);
    const rows = table(tokens, 1);
    expect(rows).toHaveLength(MAX_SUMMARY_ANNOTATIONS + 1);
    expect(rows.every((row) => row.length === 3)).toBe(true);
    expect(rows.slice(1).every((row) => row[0] === '❌ error')).toBe(true);
    expect(tokens.some((t) => t.type === 'inline' && t.content === '… and 170 more annotations.')).toBe(true);
  });
});

describe('the size limit', () => {
  test('a 2 MiB tail of 4-byte emoji fits in 1 MiB, the ends kept, with a note', () => {
    const record = records['huge-tail'];
    expect(byteLength(record.stdout.tail)).toBeGreaterThan(2 * 1024 * 1024);
    const markdown = renderSummary(record);
    const tokens = expectWellFormed(markdown, MAX_SUMMARY_BYTES);
    // The budget is used, not wasted.
    expect(byteLength(markdown)).toBeGreaterThan(MAX_SUMMARY_BYTES - 4096);
    expect(markdown).toContain('> ✂️ Output cut to fit the 1 MiB summary limit.');
    const [command, stderr, stdout] = fences(tokens);
    expect(command.content).toBe('npm run fuzz\n');
    // stderr is smaller than half the budget: shown whole; stdout gets the rest, from a line start.
    expect(stderr.content).toBe(fenceContent(record.stderr.tail));
    expect(record.stdout.tail.endsWith(stdout.content.slice(0, -1))).toBe(true);
    expect(stdout.content).toMatch(/^\d{6} 😀/);
    expect(markdown).toMatch(/<summary>stdout: 8500 lines, 2 MiB; the last [\d.]+ KiB shown<\/summary>/);
    expect(lastParagraph(tokens)).toContain(record.id);
  });

  test('the same record under a check-run limit of 65 535 bytes', () => {
    const markdown = renderSummary(records['huge-tail'], { maxBytes: 65_535 });
    expectWellFormed(markdown, 65_535);
    expect(byteLength(markdown)).toBeGreaterThan(65_535 - 1024);
    expect(markdown).toContain('Output cut to fit the 64 KiB summary limit.');
  });

  test.each(['hostile', 'many-annotations', 'huge-tail', 'timeout-retries'] as CaseName[])(
    '%s stays valid and within any limit, down to nothing',
    (name) => {
      for (const maxBytes of [0, 1, 20, 60, 120, 300, 600, 1000, 1500, 2500, 4000, 6000, 12_000]) {
        const markdown = renderSummary(records[name], { maxBytes });
        expectWellFormed(markdown, maxBytes);
        if (markdown !== '') expect(markdown).toMatch(/^### /);
      }
    },
  );

  test('annotations are cut after the tails, with a note', () => {
    const markdown = renderSummary(records['many-annotations'], { maxBytes: 3000 });
    const tokens = expectWellFormed(markdown, 3000);
    expect(markdown).toContain('> ✂️ Output and annotations cut to fit the 2.9 KiB summary limit.');
    const rows = table(tokens, 1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.length).toBeLessThan(MAX_SUMMARY_ANNOTATIONS + 1);
    expect(markdown).toMatch(new RegExp(`… and ${220 - (rows.length - 1)} more annotations\\.`));
  });

  test('a command too large for the limit is cut last, keeping its beginning', () => {
    const record = structuredClone(records.success);
    record.command = Array.from({ length: 40_000 }, (_, i) => `echo ${i} \`\`\`\``).join('\n');
    const markdown = renderSummary(record, { maxBytes: 64 * 1024 });
    const tokens = expectWellFormed(markdown, 64 * 1024);
    expect(markdown).toContain('\n> ✂️ The command cut to fit the 64 KiB summary limit.\n');
    const [command] = fences(tokens);
    expect(command.content.startsWith('echo 0 ````\necho 1 ````\n')).toBe(true);
    expect(command.content).toMatch(/\necho \d+ ````\n$/);
    expect(command.markup).toBe('`````');
    expect(lastParagraph(tokens)).toContain(record.id);
  });

  test('rejects a limit that is not a non-negative integer', () => {
    for (const maxBytes of [-1, 1.5, Number.NaN]) {
      expect(() => renderSummary(records.success, { maxBytes })).toThrow(
        `Invalid maxBytes: ${String(maxBytes)}. Expected a non-negative integer.`,
      );
    }
  });
});

test('pure: the same record gives the same markdown, and the record is not changed', () => {
  const record = records.hostile;
  const before = structuredClone(record);
  expect(renderSummary(record)).toBe(renderSummary(structuredClone(record)));
  expect(record).toEqual(before);
});
