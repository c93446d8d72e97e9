// The summary's footer names the CI run: a link only for a plain http(s) URL, every value from the
// environment as text (a branch name is chosen by whoever pushed it).
import { describe, expect, test } from 'vitest';
import { renderCiContext } from '../../src/render/summary.js';
import { REFERENCE_IN_TEXT, inlineTokens, visibleText } from './parse.js';

describe('renderCiContext', () => {
  test('system, pipeline, a link to the run, job, short commit and branch', () => {
    expect(
      renderCiContext({
        system: 'buildkite',
        pipeline: 'shop',
        job: ':jest: Unit tests',
        runId: '1514',
        runUrl: 'https://buildkite.com/acme/shop/builds/1514#e44f',
        commit: '83a20ec058e2fb00e7fa4558c4c6e81e2dcf253d',
        branch: 'main',
      }),
    ).toEqual([
      'Buildkite `shop` run [`#1514`](https://buildkite.com/acme/shop/builds/1514#e44f)',
      'job `:jest: Unit tests`',
      'commit `83a20ec058e2` on `main`',
    ]);
    expect(renderCiContext({ system: 'bitbucket' })).toEqual(['Bitbucket Pipelines']);
    expect(renderCiContext({ system: 'jenkins', runId: '7', branch: 'dev' })).toEqual([
      'Jenkins run `#7`',
      'branch `dev`',
    ]);
  });

  test('a URL that is not plain http(s) is shown as code, never linked; hostile names stay text', () => {
    const parts = renderCiContext({
      system: 'jenkins',
      runId: '1',
      runUrl: 'javascript:alert(1)',
      branch: 'x` <img src=x onerror=alert(1)> @octocat #1 |',
    });
    const tokens = inlineTokens(parts.join(' · '));
    expect(tokens.map((t) => t.type)).not.toContain('link_open');
    expect(tokens.map((t) => t.type)).not.toContain('html_inline');
    for (const token of tokens)
      if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
    expect(visibleText(tokens)).toBe(
      'Jenkins run #1 (javascript:alert(1)) · branch x` <img src=x onerror=alert(1)> @octocat #1 |',
    );
  });
});
