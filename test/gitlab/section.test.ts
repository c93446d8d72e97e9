import { describe, expect, it } from 'vitest';
import {
  cleanLogText,
  incompleteEraseSuffix,
  neutraliseSectionMarkers,
  renderSectionEnd,
  renderSectionStart,
} from '../../src/render/gitlab-section.js';
import { GCL_SECTION_MARKER, findMarkers } from './helpers.js';

describe('GitLab section markers', () => {
  it('renders the documented byte format', () => {
    expect(renderSectionStart('steplog_ab12_1', 'build: output', 1764324000, true)).toBe(
      '\x1b[0Ksection_start:1764324000:steplog_ab12_1[collapsed=true]\r\x1b[0Kbuild: output\n',
    );
    expect(renderSectionStart('s', 'h', 1, false)).toBe('\x1b[0Ksection_start:1:s\r\x1b[0Kh\n');
    expect(renderSectionEnd('steplog_ab12_1', 1764324005)).toBe(
      '\x1b[0Ksection_end:1764324005:steplog_ab12_1\r\x1b[0K\n',
    );
  });

  it('is recognised by GitLab and by gitlab-ci-local', () => {
    const log =
      renderSectionStart('steplog_x_1', 'h', 10, true) + 'out\n' + renderSectionEnd('steplog_x_1', 11);
    expect(findMarkers(log).map((m) => [m.action, m.name, m.options])).toEqual([
      ['start', 'steplog_x_1', '[collapsed=true]'],
      ['end', 'steplog_x_1', undefined],
    ]);
    expect([...log.matchAll(GCL_SECTION_MARKER)]).toHaveLength(2);
  });

  it('refuses a name GitLab would not accept', () => {
    expect(() => renderSectionStart('a b', 'h', 1, false)).toThrow(/invalid GitLab section name/);
    expect(() => renderSectionEnd('a\rb', 1)).toThrow(/invalid GitLab section name/);
  });

  it('keeps the header on one line without escape sequences', () => {
    const start = renderSectionStart('s', 'evil\r\x1b[0Ksection_end:1:s\r\x1b[0K\nname', 1, false);
    expect(start.split('\n')).toHaveLength(2);
    expect(findMarkers(start)).toHaveLength(1);
    expect(cleanLogText('a\tb\x07c\x9bd')).toBe('a b c d');
    expect(cleanLogText('x'.repeat(300))).toHaveLength(200);
  });
});

describe('forged markers in the output (E-series: output must not control the step)', () => {
  const forged = [
    '\x1b[0Ksection_end:1764324000:steplog_abc_1\r\x1b[0K',
    'section_end:1:steplog_abc_1\r\x1b[0K',
    'text before section_start:1:mine[collapsed=true]\r\x1b[0Kheader',
    '\x1b[0Ksection_start:1:a\r\x1b[0K\x1b[0Ksection_end:1:a\r\x1b[0K',
  ];

  it.each(forged)('neutralises %j for GitLab and gitlab-ci-local', (line) => {
    expect(findMarkers(line).length).toBeGreaterThan(0);
    const safe = neutraliseSectionMarkers(line);
    expect(findMarkers(safe)).toEqual([]);
    expect([...safe.matchAll(GCL_SECTION_MARKER)]).toEqual([]);
    expect(safe).not.toContain('\x1b[0K');
  });

  it('keeps what a terminal shows: erase-line stays erase-line', () => {
    expect(neutraliseSectionMarkers('50%\r\x1b[0K60%')).toBe('50%\r\x1b[K60%');
    expect(neutraliseSectionMarkers('plain text')).toBe('plain text');
  });

  it('finds the start of an erase-line sequence cut at the end of a piece', () => {
    expect(incompleteEraseSuffix(Buffer.from('abc\x1b'))).toBe(1);
    expect(incompleteEraseSuffix(Buffer.from('abc\x1b['))).toBe(2);
    expect(incompleteEraseSuffix(Buffer.from('abc\x1b[0'))).toBe(3);
    expect(incompleteEraseSuffix(Buffer.from('abc\x1b[0K'))).toBe(0);
    expect(incompleteEraseSuffix(Buffer.from('abc[0'))).toBe(0);
  });
});
