import { describe, expect, test } from 'vitest';
import { MASK, Redactor } from '../../src/core/mask.js';

describe('Redactor', () => {
  test('replaces every occurrence with *** (as the GitHub runner does)', () => {
    expect(MASK).toBe('***');
    const redactor = new Redactor(['hunter2']);
    expect(redactor.redact('a hunter2 b hunter2hunter2')).toBe('a *** b ******');
    expect(redactor.redact('nothing here')).toBe('nothing here');
  });

  test('redactCutFront masks what is left of a secret at the start of a cut text', () => {
    const redactor = new Redactor(['SECRET-VALUE']);
    expect(redactor.redactCutFront('RET-VALUE and more')).toBe('*** and more');
    expect(redactor.redactCutFront('E and more')).toBe('*** and more');
    expect(redactor.redactCutFront('and more')).toBe('and more');
    // Only at the very start: elsewhere redact() sees whole secrets.
    expect(redactor.redactCutFront('x RET-VALUE')).toBe('x RET-VALUE');
    expect(new Redactor().redactCutFront('RET-VALUE')).toBe('RET-VALUE');
  });

  test('the longest secret wins when one contains another', () => {
    const redactor = new Redactor(['abc', 'abcdef']);
    expect(redactor.redact('abcdef abc')).toBe('*** ***');
  });

  test('blank values are ignored: they would mask every space', () => {
    const redactor = new Redactor(['', '   ', '\n', '\t']);
    expect(redactor.active).toBe(false);
    expect(redactor.redact(' a \n b ')).toBe(' a \n b ');
  });

  test('a multi-line secret is also registered line by line (LF and CRLF)', () => {
    const redactor = new Redactor(['first-line\r\nsecond-line\n\nthird']);
    expect(redactor.redact('first-line\r\nsecond-line\n\nthird')).toBe('***');
    expect(redactor.redact('x first-line y')).toBe('x *** y');
    expect(redactor.redact('second-line')).toBe('***');
    expect(redactor.redact('third')).toBe('***');
    // The blank line of the secret is not a secret.
    expect(redactor.redact('a\n\nb')).toBe('a\n\nb');
  });

  test('characters special to markdown, HTML and regexes are matched literally', () => {
    const redactor = new Redactor(['p&ss"w_*rd$(.+)']);
    expect(redactor.redact('<b>p&ss"w_*rd$(.+)</b>')).toBe('<b>***</b>');
    expect(redactor.redact('pXssXwXXrd')).toBe('pXssXwXXrd');
  });

  test('redactBytes replaces the secrets’ UTF-8 bytes and keeps every other byte', () => {
    const redactor = new Redactor(['sécret', 'KEY', 'multi\nline']);
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from('sécretKEY x'), Buffer.from([0xc3])]);
    expect(redactor.redactBytes(bytes)).toEqual(
      Buffer.concat([Buffer.from([0xff]), Buffer.from('****** x'), Buffer.from([0xc3])]),
    );
    // A multi-line value is replaced line by line: the line count stays.
    expect(redactor.redactBytes(Buffer.from('a multi\nline b')).toString()).toBe('a ***\n*** b');
    const untouched = Buffer.from('nothing here');
    expect(redactor.redactBytes(untouched)).toBe(untouched);
  });

  test('safeByteCut keeps back what could start a secret and never cuts inside one', () => {
    const redactor = new Redactor(['SECRET', 'KEY']);
    expect(redactor.safeByteCut(Buffer.from('aaSECRETbb'))).toBe(10);
    expect(redactor.safeByteCut(Buffer.from('aaSECR'))).toBe(2);
    expect(redactor.safeByteCut(Buffer.from('aaK'))).toBe(2);
    // Moving past one secret can land inside an overlapping one: it moves again.
    expect(new Redactor(['ABCD', 'CDEF']).safeByteCut(Buffer.from('xABCDEFAB'))).toBe(7);
    expect(new Redactor(['aXa']).safeByteCut(Buffer.from('aXaX'))).toBe(3);
    expect(new Redactor([]).safeByteCut(Buffer.from('anything'))).toBe(8);
  });

  test('redactDeep redacts every string of a JSON-like value and leaves the rest', () => {
    const redactor = new Redactor(['tok3n']);
    const value = {
      a: 'tok3n',
      b: ['x tok3n', 1, true, null],
      c: { d: { e: 'tok3ntok3n' } },
      n: 5,
    };
    expect(redactor.redactDeep(value)).toEqual({
      a: '***',
      b: ['x ***', 1, true, null],
      c: { d: { e: '******' } },
      n: 5,
    });
    expect(value.a).toBe('tok3n');
  });

  test('redactDeep without secrets returns the value itself (no copy on the hot path)', () => {
    const value = { a: 'x' };
    expect(new Redactor([]).redactDeep(value)).toBe(value);
  });
});
