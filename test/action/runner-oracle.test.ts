// The oracle must itself behave like the runner, or the action tests prove nothing. These cases
// come from the runner's own L0 tests.
import { describe, expect, it } from 'vitest';
import { CommandProcessor, foldLog, parseEnvFile, readLines, replayRunner } from './runner-oracle.js';

const commandsOf = (lines: string[]) => {
  const processor = new CommandProcessor();
  for (const line of lines) processor.processLine(line);
  return processor.view;
};

describe('runner oracle: workflow commands', () => {
  it('parses ::name k=v::data after leading whitespace, case-insensitively', () => {
    const view = commandsOf([
      '   ::warning file=a%2Cb.ts,line=3::x%0Ay',
      '::WARNING::y',
      '>>> ::warning::no',
    ]);
    expect(view.commands.map((c) => [c.command, c.properties, c.data])).toEqual([
      ['warning', { file: 'a,b.ts', line: '3' }, 'x\ny'],
      ['WARNING', {}, 'y'],
    ]);
  });

  it('finds legacy ##[name] commands anywhere in a line', () => {
    const view = commandsOf(['foo ##[error]bar', '>>>   ##[warning k1=v1;]msg']);
    expect(view.commands.map((c) => [c.command, c.data])).toEqual([
      ['error', 'bar'],
      ['warning', 'msg'],
    ]);
  });

  it('prints the group markers the viewer folds on; one level of groups, a stray end not shown', () => {
    const view = commandsOf([
      'before',
      '::group::Outer',
      'a',
      '::group::Inner',
      'b',
      '::endgroup::',
      'c',
      '::endgroup::',
      'after',
    ]);
    expect(view.printed).toEqual([
      'before',
      '##[group]Outer',
      'a',
      '##[group]Inner',
      'b',
      '##[endgroup]',
      'c',
      '##[endgroup]',
      'after',
    ]);
    expect(foldLog(view.printed)).toEqual([
      'before',
      { group: 'Outer', lines: ['a'] },
      { group: 'Inner', lines: ['b'] },
      'c',
      'after',
    ]);
  });

  it('ignores unknown commands', () => {
    expect(commandsOf(['::do-something::x', '##[nope]x']).commands).toEqual([]);
  });

  it('stops until ::token:: and keeps the state across streams', () => {
    const view = commandsOf([
      '::stop-commands::tok123456',
      '::warning::hidden',
      '::stop-commands::abc',
      '::abc::',
      '::warning::still hidden',
      '::TOK123456::',
      '::notice::shown',
    ]);
    expect(view.commands.map((c) => c.data)).toEqual(['shown']);
    expect([view.stops, view.resumes, view.stoppedAtEnd]).toEqual([1, 1, false]);
  });

  it('refuses an empty token, pause-logging or a command name', () => {
    const view = commandsOf([
      '::stop-commands::',
      '::stop-commands::pause-logging',
      '::stop-commands::warning',
      '::warning::x',
    ]);
    expect(view.failures).toHaveLength(3);
    expect(view.commands.map((c) => c.data)).toEqual(['x']);
  });

  it('splits lines like StreamReader.ReadLine', () => {
    expect(readLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(readLines('a\n')).toEqual(['a']);
  });

  it('models stderr-first batches', () => {
    const chunks = [
      { stream: 'stdout' as const, text: '::stop-commands::tok123456\n' },
      { stream: 'stderr' as const, text: '::warning::from stderr\n' },
    ];
    expect(replayRunner(chunks, 'stderr-first').commands.map((c) => c.data)).toEqual(['from stderr']);
    expect(replayRunner(chunks, 'arrival').commands).toEqual([]);
  });
});

describe('runner oracle: env files', () => {
  it('reads NAME=VALUE and heredocs; the last value wins', () => {
    const text = 'a=1\nb<<EOF\nline 1\nline 2\nEOF\na=2\nempty<<X\nX\n';
    expect(Object.fromEntries(parseEnvFile(text))).toEqual({ a: '2', b: 'line 1\nline 2', empty: '' });
  });

  it('decides the form by whichever of = and << comes first', () => {
    expect(Object.fromEntries(parseEnvFile('a=b<<D\n'))).toEqual({ a: 'b<<D' });
    expect(Object.fromEntries(parseEnvFile('a<<D=\nv\nD=\n'))).toEqual({ a: 'v' });
  });

  it('fails on a missing delimiter or a value without its newline', () => {
    expect(() => parseEnvFile('x<<EOF\nvalue\n')).toThrow(/Matching delimiter not found 'EOF'/);
    expect(() => parseEnvFile('x<<EOF\nvalue')).toThrow(/EOF marker missing new line/);
    expect(() => parseEnvFile('no separator\n')).toThrow(/Invalid format/);
  });
});
