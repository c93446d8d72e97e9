// Escaping for the lines steplog writes itself, and decoding of the annotation commands tools print on purpose (`::error file=…,line=…::message`),
// exactly as the runner reads them (actions/runner src/Runner.Common/ActionCommand.cs TryParseV2):
// properties split on `,`, each on its first `=`, names case-insensitive, the last one wins; values
// and data unescaped in the order @actions/core's escapes are undone, `%25` last.

const DATA_ESCAPES: readonly (readonly [string, string])[] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%25', '%'],
];
const PROPERTY_ESCAPES: readonly (readonly [string, string])[] = [
  ['%0D', '\r'],
  ['%0A', '\n'],
  ['%3A', ':'],
  ['%2C', ','],
  ['%25', '%'],
];

function unescape(text: string, escapes: readonly (readonly [string, string])[]): string {
  if (!text.includes('%')) return text;
  let result = text;
  for (const [escaped, plain] of escapes) result = result.replaceAll(escaped, plain);
  return result;
}

/** A workflow command's data escaped as @actions/core's escapeData does (`%` first, `\r`, `\n`). */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** Undoes @actions/core's escapeData (`%`, `\r`, `\n`). */
export function unescapeData(text: string): string {
  return unescape(text, DATA_ESCAPES);
}

/** Undoes @actions/core's escapeProperty (`%`, `\r`, `\n`, `:`, `,`). */
export function unescapeProperty(text: string): string {
  return unescape(text, PROPERTY_ESCAPES);
}

/** The annotation properties the runner knows (IssueCommandProperties), raw but unescaped. */
export interface CommandProperties {
  file?: string;
  line?: string;
  endLine?: string;
  col?: string;
  endColumn?: string;
  title?: string;
}

// A Map, so that `constructor=` or `__proto__=` from the output is just an unknown key.
const PROPERTY_NAMES: ReadonlyMap<string, keyof CommandProperties> = new Map([
  ['file', 'file'],
  ['line', 'line'],
  ['endline', 'endLine'],
  ['col', 'col'],
  ['endcolumn', 'endColumn'],
  ['title', 'title'],
]);

/** Reads `key=value,key=value` (the text between the command name and `::`). Unknown keys are ignored. */
export function parseCommandProperties(text: string): CommandProperties {
  const properties: CommandProperties = {};
  for (const entry of text.trim().split(',')) {
    const equals = entry.indexOf('=');
    // The runner drops `key=` and `=value` (Split with RemoveEmptyEntries leaves one part).
    if (equals <= 0 || equals === entry.length - 1) continue;
    const name = PROPERTY_NAMES.get(entry.slice(0, equals).toLowerCase());
    if (name) properties[name] = unescapeProperty(entry.slice(equals + 1));
  }
  return properties;
}
