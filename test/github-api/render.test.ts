// Pure parts of the GitHub API feedback: cutting to the API's limits, the check run payload, the
// comment body and marker, and reading the runner's context.
import MarkdownIt from 'markdown-it';
import { describe, expect, test } from 'vitest';
import type { Status } from '../../src/core/record.js';
import {
  ANNOTATIONS_PER_REQUEST,
  MAX_CHECK_ANNOTATIONS,
  MAX_CHECK_SUMMARY_BYTES,
  conclusionFor,
  renderCheckRunPayload,
  renderCheckTitle,
  toCheckAnnotation,
} from '../../src/github-api/check-run-payload.js';
import {
  COMMENT_CUT_NOTE,
  MAX_COMMENT_CHARS,
  commentMarker,
  renderCommentBody,
} from '../../src/github-api/comment-body.js';
import { readPullRequestContext } from '../../src/github-api/context.js';
import {
  openFenceAtEnd,
  truncateChars,
  truncateMarkdown,
  truncateUtf8,
} from '../../src/github-api/truncate.js';
import { HEAD_SHA, MERGE_SHA, eventPath, makeAnnotations, makeRecord } from './helpers.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('cutting to the API limits', () => {
  test('a UTF-8 cut never splits a character', () => {
    const text = 'é'.repeat(10) + '😀'.repeat(10); // 2-byte then 4-byte characters
    for (let max = 0; max <= bytes(text) + 1; max++) {
      const cut = truncateUtf8(text, max);
      expect(bytes(cut)).toBeLessThanOrEqual(max);
      expect(cut).not.toContain('\uFFFD');
      expect(text.startsWith(cut)).toBe(true);
      // Longest possible: one more character would not fit.
      if (cut.length < text.length) expect(bytes(text.slice(0, cut.length + 2))).toBeGreaterThan(max);
    }
  });

  test('a character cut never splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(truncateChars(text, 2)).toBe('a');
    expect(truncateChars(text, 3)).toBe('a😀');
    expect(truncateChars(text, 10)).toBe(text);
  });

  test('finds the code fence left open at the end', () => {
    expect(openFenceAtEnd('text\n```js\ncode\n')).toEqual({ char: '`', length: 3 });
    expect(openFenceAtEnd('````\n```\nstill code\n')).toEqual({ char: '`', length: 4 });
    expect(openFenceAtEnd('~~~\ncode\n~~~~\nafter')).toBeNull();
    expect(openFenceAtEnd('``` not `a fence`\ntext')).toBeNull();
    expect(openFenceAtEnd('    ```\nindented code, not a fence')).toBeNull();
  });

  test('D: a markdown cut inside a code block closes the fence so the note is text, not code', () => {
    const markdown = '## Output\n\n`````text\n' + 'line of output\n'.repeat(1000) + '`````\n';
    const cut = truncateMarkdown(markdown, 2000, 'chars', '_… cut here._');
    expect(cut.length).toBeLessThanOrEqual(2000);
    expect(openFenceAtEnd(cut)).toBeNull();
    const html = new MarkdownIt().render(cut);
    expect(html).toContain('<p><em>… cut here.</em></p>');
    expect(html.indexOf('</pre>')).toBeLessThan(html.indexOf('<em>… cut here.</em>'));
  });

  test('a markdown text within the limit is left alone', () => {
    expect(truncateMarkdown('# ok\n', 100, 'bytes', 'note')).toBe('# ok\n');
  });
});

describe('check run payload', () => {
  test('annotation_level mapping and the fields the API requires', () => {
    const [error, warning, notice] = makeAnnotations(3);
    expect(toCheckAnnotation(error)).toEqual({
      path: 'src/file-0.ts',
      start_line: 1,
      end_line: 1,
      start_column: 3,
      end_column: 3,
      annotation_level: 'failure',
      message: 'problem number 1',
      title: 'E100',
    });
    expect(toCheckAnnotation(warning)?.annotation_level).toBe('warning');
    expect(toCheckAnnotation(notice)?.annotation_level).toBe('notice');
  });

  test('annotations without a file or line cannot go to the API', () => {
    const [base] = makeAnnotations(1);
    expect(toCheckAnnotation({ ...base, file: undefined })).toBeNull();
    expect(toCheckAnnotation({ ...base, line: undefined })).toBeNull();
    expect(toCheckAnnotation({ ...base, line: 0 })).toBeNull();
  });

  test('columns only on single-line annotations; end before start is clamped', () => {
    const [base] = makeAnnotations(1);
    const multi = toCheckAnnotation({ ...base, line: 4, endLine: 9, column: 2, endColumn: 5 });
    expect(multi).toMatchObject({ start_line: 4, end_line: 9 });
    expect(multi).not.toHaveProperty('start_column');
    expect(toCheckAnnotation({ ...base, line: 4, endLine: 2 })).toMatchObject({ start_line: 4, end_line: 4 });
    expect(toCheckAnnotation({ ...base, column: 8, endColumn: 3 })).toMatchObject({
      start_column: 8,
      end_column: 8,
    });
  });

  test('annotation message ≤ 64 KB and title ≤ 255 characters', () => {
    const [base] = makeAnnotations(1);
    const huge = toCheckAnnotation({ ...base, message: 'ü'.repeat(40_000), title: 't'.repeat(300) });
    expect(bytes(huge!.message)).toBeLessThanOrEqual(64 * 1024);
    expect(huge!.message).not.toContain('\uFFFD');
    expect(huge!.title).toHaveLength(255);
  });

  test('batches of 50: the create carries the first 50, each update the next', () => {
    const located = makeAnnotations(120);
    const unlocated = makeAnnotations(5, { file: undefined, message: 'no location' });
    const record = makeRecord({ annotations: [...located, ...unlocated] });
    const payload = renderCheckRunPayload(record, '# summary', { headSha: HEAD_SHA, detailsUrl: null });
    expect(payload.outputs.map((o) => o.annotations.length)).toEqual([50, 50, 20]);
    expect(payload.sent).toBe(120);
    expect(payload.outputs.flatMap((o) => o.annotations.map((a) => a.message))).toEqual(
      located.map((a) => a.message),
    );
    // Every output repeats title and summary: an update replaces them.
    expect(new Set(payload.outputs.map((o) => o.summary)).size).toBe(1);
    expect(payload.outputs[0].summary).toContain('**125 annotations**: 120 shown on the changed files');
    expect(payload.outputs[0].summary).toContain('5 without a file and line (in the job log)');
    expect(ANNOTATIONS_PER_REQUEST).toBe(50);
  });

  test('no annotations: one create with an empty list', () => {
    const payload = renderCheckRunPayload(makeRecord({ annotations: [] }), '', {
      headSha: HEAD_SHA,
      detailsUrl: null,
    });
    expect(payload.outputs).toHaveLength(1);
    expect(payload.outputs[0].annotations).toEqual([]);
    expect(payload.outputs[0].summary).toBe('The step failed with exit code 2.');
  });

  test('more than the cap: the rest are counted, not sent', () => {
    const record = makeRecord({ annotations: makeAnnotations(MAX_CHECK_ANNOTATIONS + 5) });
    const payload = renderCheckRunPayload(record, '', { headSha: HEAD_SHA, detailsUrl: null });
    expect(payload.sent).toBe(MAX_CHECK_ANNOTATIONS);
    expect(payload.outputs).toHaveLength(MAX_CHECK_ANNOTATIONS / 50);
    expect(payload.outputs[0].summary).toContain(`5 more not sent (limit ${MAX_CHECK_ANNOTATIONS})`);
  });

  test('summary cut to 65,535 bytes on a character boundary, with a note', () => {
    const summary = '| col |\n| --- |\n' + '| 数据 |\n'.repeat(10_000);
    const payload = renderCheckRunPayload(makeRecord(), summary, { headSha: HEAD_SHA, detailsUrl: null });
    const out = payload.outputs[0].summary;
    expect(bytes(out)).toBeLessThanOrEqual(MAX_CHECK_SUMMARY_BYTES);
    expect(bytes(out)).toBeGreaterThan(MAX_CHECK_SUMMARY_BYTES - 200);
    expect(out).not.toContain('\uFFFD');
    expect(out).toContain('cut to fit the check run summary limit');
  });

  test('conclusion follows the status', () => {
    const cases: [Status, string][] = [
      ['success', 'success'],
      ['failed', 'failure'],
      ['timed_out', 'timed_out'],
      ['cancelled', 'cancelled'],
      ['running', 'neutral'],
    ];
    for (const [status, conclusion] of cases) expect(conclusionFor(status)).toBe(conclusion);
  });

  test('title says the outcome and the counts, within 255 characters', () => {
    expect(renderCheckTitle(makeRecord())).toBe('failed with exit code 2: 1 error, 1 warning, 1 notice');
    expect(renderCheckTitle(makeRecord({ status: 'timed_out', annotations: [] }))).toBe(
      'timed out: 0 errors, 0 warnings, 0 notices',
    );
    const long = renderCheckRunPayload(makeRecord({ name: 'n'.repeat(400) }), '', {
      headSha: HEAD_SHA,
      detailsUrl: null,
    });
    expect(long.name).toHaveLength(255);
  });
});

describe('sticky comment body', () => {
  test('the marker is a hidden comment derived from the step name only', () => {
    const marker = commentMarker('npm test');
    expect(marker).toMatch(/^<!-- steplog:[0-9a-f]{16} -->$/);
    expect(commentMarker('npm test')).toBe(marker);
    expect(commentMarker('npm run lint')).not.toBe(marker);
    expect(commentMarker('evil --> <script>')).not.toContain('script');
    expect(new MarkdownIt({ html: true }).render(`${marker}\n`)).not.toContain('steplog:<');
  });

  test('starts with the marker and holds the summary', () => {
    const body = renderCommentBody(makeRecord(), '### done\n');
    expect(body).toBe(`${commentMarker('npm test')}\n### done\n`);
  });

  test('cut to 65,536 characters with a note', () => {
    const body = renderCommentBody(makeRecord(), '```\n' + '😀 output\n'.repeat(20_000) + '```\n');
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS - 200);
    expect(body.startsWith(commentMarker('npm test'))).toBe(true);
    expect(body).toContain(COMMENT_CUT_NOTE);
    expect(openFenceAtEnd(body)).toBeNull();
  });

  test('D: without a summary, a line with the escaped name', () => {
    const body = renderCommentBody(makeRecord({ name: '<img src=x> *bold*', status: 'timed_out' }), '');
    expect(body).toContain('&lt;img src=x\\> \\*bold\\*');
    expect(body).toContain(': timed out');
    expect(new MarkdownIt().render(body)).not.toContain('<img');
  });
});

describe('runner context', () => {
  const base = {
    GITHUB_REPOSITORY: 'octo-org/hello-world',
    GITHUB_SHA: MERGE_SHA,
    GITHUB_RUN_ID: '99',
  };
  const noDebug = () => undefined;

  test('a pull_request event uses the PR number and pull_request.head.sha, not GITHUB_SHA', async () => {
    const result = await readPullRequestContext(
      { ...base, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath('pull_request') },
      noDebug,
    );
    expect(result).toEqual({
      ok: true,
      context: {
        apiUrl: 'https://api.github.com',
        owner: 'octo-org',
        repo: 'hello-world',
        eventName: 'pull_request',
        pullNumber: 7,
        headSha: HEAD_SHA,
        runUrl: 'https://github.com/octo-org/hello-world/actions/runs/99',
      },
    });
  });

  test('push, schedule and workflow_dispatch have no pull request and use GITHUB_SHA', async () => {
    for (const event of ['push', 'schedule', 'workflow_dispatch'] as const) {
      const result = await readPullRequestContext(
        { ...base, GITHUB_EVENT_NAME: event, GITHUB_EVENT_PATH: eventPath(event) },
        noDebug,
      );
      expect(result.ok && result.context.pullNumber).toBeNull();
      expect(result.ok && result.context.headSha).toBe(MERGE_SHA);
    }
  });

  test('an issue_comment on a pull request targets that pull request', async () => {
    const result = await readPullRequestContext(
      { ...base, GITHUB_EVENT_NAME: 'issue_comment', GITHUB_EVENT_PATH: eventPath('issue_comment') },
      noDebug,
    );
    expect(result.ok && result.context.pullNumber).toBe(7);
  });

  test('GITHUB_API_URL (GHES) is used, without a trailing slash', async () => {
    const result = await readPullRequestContext(
      { ...base, GITHUB_API_URL: 'https://ghe.example.com/api/v3/' },
      noDebug,
    );
    expect(result.ok && result.context.apiUrl).toBe('https://ghe.example.com/api/v3');
  });

  test('a missing event file is an empty payload, said in debug', async () => {
    const debug: string[] = [];
    const result = await readPullRequestContext(
      { ...base, GITHUB_EVENT_PATH: '/nonexistent/event.json' },
      (m) => debug.push(m),
    );
    expect(result.ok && result.context.pullNumber).toBeNull();
    expect(debug.join('\n')).toContain('/nonexistent/event.json');
  });

  test('a bad GITHUB_REPOSITORY or GITHUB_API_URL is named with its value and what is expected', async () => {
    expect(await readPullRequestContext({ GITHUB_REPOSITORY: 'just-a-name' }, noDebug)).toEqual({
      ok: false,
      reason: 'GITHUB_REPOSITORY is "just-a-name"; expected "owner/repo"',
    });
    expect(await readPullRequestContext({ ...base, GITHUB_API_URL: 'ftp://x' }, noDebug)).toEqual({
      ok: false,
      reason: 'GITHUB_API_URL is "ftp://x"; expected an http(s) URL such as https://api.github.com',
    });
  });
});
