import { describe, expect, test } from 'vitest';
import {
  codeBlock,
  escapeInline,
  inlineCode,
  renderTable,
  stripControls,
  tableCell,
  truncateText,
} from '../../src/render/markdown.js';
import { HOSTILE_LINES } from './fixtures.js';
import { CONTROL, inlineTokens, md, REFERENCE_IN_TEXT, tokensOf, visibleText } from './parse.js';

const HOSTILE = [
  ...HOSTILE_LINES,
  '',
  ' ',
  '    indented four',
  '1. ordered',
  '2) ordered',
  '> quote',
  '* star',
  '- [ ] task',
  '===',
  '---',
  'trailing #',
  'back\\slash\\',
  '&amp; &#64;octocat &lt;b&gt;',
  '<https://evil.example>',
  'www.evil.example',
  'mail me@example.com about @org/team-1 and GH-22, SHOP/API#7',
  'node_modules/@types/node/index.d.ts',
  '`',
  '`` code ``',
  ' ` ',
  '😀 4-byte emoji',
  'tab\there',
  'crlf\r\nline',
  'lone\rcr',
];

describe('stripControls', () => {
  test('removes NUL, other C0, DEL and C1; keeps \\n and \\t; turns CRLF into LF', () => {
    expect(stripControls('a\u0000b\u0007c\u001bd\u007fe\u0085f\u009fg\th\r\ni\rj')).toBe('abcdefg\th\nij');
  });
});

describe('codeBlock', () => {
  test.each(HOSTILE.map((line) => [line]))(
    '%j is exactly one code block, and what follows survives',
    (line) => {
      for (const text of [line, `${line}\n${line}`, `${line}\nlast`]) {
        const tokens = tokensOf(`${codeBlock(text, 'text')}\n## after\n`);
        const fences = tokens.filter((t) => t.type === 'fence');
        expect(fences).toHaveLength(1);
        const expected = stripControls(text);
        expect(fences[0].content).toBe(
          expected === '' || expected.endsWith('\n') ? expected : `${expected}\n`,
        );
        expect(fences[0].info).toBe('text');
        expect(tokens.filter((t) => t.type === 'heading_open').map((t) => t.tag)).toEqual(['h2']);
        expect(tokens.some((t) => t.type.startsWith('html'))).toBe(false);
      }
    },
  );

  test('the fence is longer than the longest backtick run: 3, 4 and 10 in the text give 11', () => {
    expect(codeBlock('three ``` four ```` ten ``````````').split('\n')[0]).toBe('`'.repeat(11));
    expect(codeBlock('no ticks').split('\n')[0]).toBe('```');
    expect(codeBlock('~~~\n~~~~~~').split('\n')[0]).toBe('```');
  });

  test('an info string cannot carry a backtick or a second word', () => {
    expect(codeBlock('x', 'ba`sh evil').split('\n')[0]).toBe('```bashevil');
  });
});

describe('inlineCode', () => {
  test.each(HOSTILE.filter((line) => line !== '').map((line) => [line]))(
    '%j round-trips as one code span',
    (line) => {
      const children = inlineTokens(inlineCode(line));
      expect(children.map((t) => t.type)).toEqual(['code_inline']);
      expect(children[0].content).toBe(stripControls(line).replace(/\n/g, ' '));
    },
  );

  test('spaces only stay spaces', () => {
    expect(inlineTokens(inlineCode('  '))[0].content).toBe('  ');
  });
});

describe('escapeInline', () => {
  test.each(HOSTILE.map((line) => [line]))(
    '%j reads back as the same text, with no HTML, link or live reference',
    (line) => {
      const escaped = escapeInline(line);
      // As a paragraph at the start of a line, where block markers count too.
      const tokens = tokensOf(`${escaped}\n`);
      expect(
        tokens.filter((t) => t.type === 'inline' || t.type.endsWith('_close')).map((t) => t.type),
      ).toEqual(escaped === '' ? [] : ['inline', 'paragraph_close']);
      const children = tokens.filter((t) => t.type !== 'inline' && !t.type.startsWith('paragraph'));
      for (const token of children) {
        expect(['text', 'code_inline'], `${token.type} in ${escaped}`).toContain(token.type);
        if (token.type === 'text') expect(token.content).not.toMatch(REFERENCE_IN_TEXT);
      }
      expect(visibleText(children)).toBe(
        stripControls(line)
          .replace(/\s*\n\s*/g, ' ')
          .trim(),
      );
    },
  );

  test('mentions and references go in code spans, in every form GitHub links', () => {
    expect(escapeInline('cc @octocat @shop/admins about #1, GH-1 and shop/api#2')).toBe(
      'cc `@octocat` `@shop/admins` about `#1`, `GH-1` and `shop/api#2`',
    );
    expect(escapeInline('me@example.com a#1 x@y')).toBe('`me@example.com` a\\#1 x@y');
  });

  test('HTML becomes entities, markdown punctuation is backslash-escaped', () => {
    expect(escapeInline('<b>&</b> *a* _b_ [c] `d` ~e~ $f$ | g # h')).toBe(
      '&lt;b&gt;&amp;&lt;/b&gt; \\*a\\* \\_b\\_ \\[c\\] \\`d\\` \\~e\\~ \\$f\\$ \\| g \\# h',
    );
  });

  test('a leading block marker is escaped', () => {
    expect(['-1', '+1', '=1', '# h', '12. x', '3) y'].map(escapeInline)).toEqual([
      '\\-1',
      '\\+1',
      '\\=1',
      '\\# h',
      '12\\. x',
      '3\\) y',
    ]);
  });

  test('is one line: newlines become spaces and the edges are trimmed', () => {
    expect(escapeInline('  a\n\n  b \r\n c  ')).toBe('a b c');
  });
});

describe('tableCell and renderTable', () => {
  const hostileCells = [
    'a | b',
    'line one\nline two\n\nline four',
    '=SUM(A1:A2)',
    '+1',
    '-1',
    '|---|---|',
    '\\|',
    '`|`',
    '</td></tr></table><script>alert(1)</script>',
    'https://evil.example/a|b',
    '',
  ];

  test.each(hostileCells.map((cell) => [cell]))(
    '%j stays in its cell, and the table keeps its shape',
    (cell) => {
      const table = renderTable(['Level', 'Message', 'Tail'], [[tableCell(cell), tableCell(cell), 'end']]);
      const tokens = tokensOf(table);
      const rows = tokens.filter((t) => t.type === 'tr_open');
      expect(rows).toHaveLength(2);
      const cells = tokens.filter((t) => t.type === 'td_open');
      expect(cells).toHaveLength(3);
      const inlines = tokens.filter((t) => t.type === 'inline').slice(3);
      const expected = stripControls(cell)
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '')
        .join('\n');
      expect(inlines.map((t) => visibleText(t.children ?? []))).toEqual([expected, expected, 'end']);
      for (const token of tokens) {
        if (token.type === 'html_inline') expect(token.content).toBe('<br>');
        expect(token.type).not.toBe('html_block');
      }
    },
  );

  test('leading =, + and - are escaped in each line of a cell', () => {
    expect(tableCell('=1\n+2\n-3')).toBe('\\=1<br>\\+2<br>\\-3');
  });
});

describe('truncateText', () => {
  test('never splits a surrogate pair', () => {
    expect(truncateText('ab😀cd', 3)).toBe('ab…');
    expect(truncateText('ab😀cd', 4)).toBe('ab😀…');
    expect(truncateText('abc', 3)).toBe('abc');
  });
});

test('no escaper lets a control character through', () => {
  const text = 'a\u0000b\u0001c\u001bd\u007f';
  for (const out of [codeBlock(text), inlineCode(text), escapeInline(text), tableCell(text)]) {
    expect(out).not.toMatch(CONTROL);
  }
  expect(md.render(codeBlock(text))).toContain('abcd');
});
