// Which annotations reach GitHub: 10 per level per step at most, one slot kept for the step's own
// failure message, one notice for the rest; positions normalised as the runner would.
import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationLevel } from '../../src/core/record.js';
import { annotationProperties, planAnnotations } from '../../src/sinks/github-annotations.js';

const make = (level: AnnotationLevel, n: number): Annotation[] =>
  Array.from({ length: n }, (_, i) => ({ level, message: `${level} ${i + 1}`, source: 'tsc', attempt: 1 }));

describe('planAnnotations', () => {
  it('100 errors and 100 warnings → 9 errors (one kept for the failure), 10 warnings, one notice', () => {
    const plan = planAnnotations([...make('error', 100), ...make('warning', 100)], {
      reservedErrors: 1,
      reservedWarnings: 0,
      elsewhere: 'the job summary',
    });
    const count = (level: AnnotationLevel) => plan.shown.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 10, 0]);
    expect(plan.shown[0].message).toBe('error 1');
    expect(plan.hidden).toEqual({ error: 91, warning: 90, notice: 0 });
    expect(plan.overflowNotice).toBe(
      '91 more errors, 90 more warnings not shown as annotations (GitHub shows 10 per level for a step); see the job summary.',
    );
  });

  it('keeps a notice slot for the overflow notice', () => {
    const plan = planAnnotations(make('notice', 12), {
      reservedErrors: 0,
      reservedWarnings: 0,
      elsewhere: 'x',
    });
    expect(plan.shown).toHaveLength(9);
    expect(plan.hidden.notice).toBe(3);
  });

  it('says nothing when everything fits', () => {
    const plan = planAnnotations([...make('error', 10), ...make('notice', 10)], {
      reservedErrors: 0,
      reservedWarnings: 0,
      elsewhere: 'x',
    });
    expect(plan.shown).toHaveLength(20);
    expect(plan.overflowNotice).toBeNull();
  });

  it("counts steplog's own warnings against the warning budget", () => {
    const plan = planAnnotations(make('warning', 10), {
      reservedErrors: 0,
      reservedWarnings: 3,
      elsewhere: 'x',
    });
    expect(plan.shown).toHaveLength(7);
    expect(plan.hidden.warning).toBe(3);
  });
});

describe('annotationProperties', () => {
  const base: Annotation = { level: 'error', message: 'm', source: 'tsc', attempt: 1 };

  it('maps file, positions and title (code when there is no title)', () => {
    expect(
      annotationProperties({
        ...base,
        file: 'src/a.ts',
        line: 3,
        endLine: 3,
        column: 5,
        endColumn: 9,
        code: 'TS2322',
      }),
    ).toEqual({ file: 'src/a.ts', startLine: 3, endLine: 3, startColumn: 5, endColumn: 9, title: 'TS2322' });
  });

  it('drops positions that are not positive integers, columns without a line or across lines', () => {
    expect(annotationProperties({ ...base, line: 0, column: 4 })).toEqual({});
    expect(annotationProperties({ ...base, line: -1 })).toEqual({});
    expect(annotationProperties({ ...base, line: 1.5 })).toEqual({});
    expect(annotationProperties({ ...base, line: 5, endLine: 2 })).toEqual({ startLine: 5 });
    expect(annotationProperties({ ...base, line: 5, endLine: 7, column: 2 })).toEqual({
      startLine: 5,
      endLine: 7,
    });
    expect(annotationProperties({ ...base, column: 2 })).toEqual({});
  });
});
