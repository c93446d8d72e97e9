// GitLab collapsible log sections (https://docs.gitlab.com/ci/jobs/job_logs/#custom-collapsible-sections)
// and the neutralising of section markers forged by the command's output.
//
// GitLab's log parser (lib/gitlab/regex.rb, build_trace_section_regex) recognises
//   section_(start|end):<digits>:<name>[options]\r\e[0K
// anywhere in a line: the leading `\e[0K` of the documented form is not needed, the trailing
// `\r\e[0K` is. So a marker is neutralised by never letting the command print `\e[0K`: it becomes
// `\e[K`, which means the same to a terminal (erase to end of line, default parameter 0) but can
// neither end a marker for GitLab nor start one for gitlab-ci-local (which wants `\e[0K` before
// `section_`).

/** Erase-line sequence GitLab's markers are built from; the `0` is required. */
export const ERASE_LINE = '\x1b[0K';
const SAFE_ERASE_LINE = '\x1b[K';

/** GitLab accepts letters, digits, `_`, `.` and `-` in a section name. */
const SECTION_NAME = /^[A-Za-z0-9_.-]+$/;

/** Headers and names shown in the log: no control characters (ESC, CR, BEL …), one line. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]+/g;
const MAX_HEADER_CHARS = 200;

export function renderSectionStart(
  name: string,
  header: string,
  unixSeconds: number,
  collapsed: boolean,
): string {
  assertSectionName(name);
  const options = collapsed ? '[collapsed=true]' : '';
  return `${ERASE_LINE}section_start:${unixSeconds}:${name}${options}\r${ERASE_LINE}${cleanLogText(header)}\n`;
}

export function renderSectionEnd(name: string, unixSeconds: number): string {
  assertSectionName(name);
  return `${ERASE_LINE}section_end:${unixSeconds}:${name}\r${ERASE_LINE}\n`;
}

/** Makes a line of the command's output unable to open or close a section (see the top comment). */
export function neutraliseSectionMarkers(text: string): string {
  return text.includes(ERASE_LINE) ? text.replaceAll(ERASE_LINE, SAFE_ERASE_LINE) : text;
}

const ERASE_LINE_BYTES = Buffer.from(ERASE_LINE);
const SAFE_ERASE_LINE_BYTES = Buffer.from(SAFE_ERASE_LINE);

/** The same on the command's bytes: only the markers change, every other byte stays as it was. */
export function neutraliseSectionMarkerBytes(bytes: Buffer): Buffer {
  let found = bytes.indexOf(ERASE_LINE_BYTES);
  if (found === -1) return bytes;
  const pieces: Buffer[] = [];
  let start = 0;
  for (; found !== -1; found = bytes.indexOf(ERASE_LINE_BYTES, start)) {
    pieces.push(bytes.subarray(start, found), SAFE_ERASE_LINE_BYTES);
    start = found + ERASE_LINE_BYTES.length;
  }
  pieces.push(bytes.subarray(start));
  return Buffer.concat(pieces);
}

/**
 * How much of the end of `bytes` could be the start of `\e[0K` completed by the next piece of the
 * same line (`\e`, `\e[` or `\e[0`): held back so a marker cannot be assembled across pieces.
 */
export function incompleteEraseSuffix(bytes: Buffer): number {
  for (let length = ERASE_LINE_BYTES.length - 1; length > 0; length--) {
    if (
      length <= bytes.length &&
      bytes.subarray(bytes.length - length).equals(ERASE_LINE_BYTES.subarray(0, length))
    )
      return length;
  }
  return 0;
}

/** Text steplog itself prints from the record (name, messages): one line, no escape sequences. */
export function cleanLogText(text: string, maxChars = MAX_HEADER_CHARS): string {
  const clean = text.replace(CONTROL, ' ').trim();
  return clean.length > maxChars ? `${clean.slice(0, maxChars - 1)}…` : clean;
}

function assertSectionName(name: string): void {
  if (!SECTION_NAME.test(name)) throw new Error(`invalid GitLab section name: ${JSON.stringify(name)}`);
}
