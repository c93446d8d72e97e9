// A regexp matching the lines that start with none of some literal prefixes. Built-in `skip` rules
// need it ("pass over everything but the line that ends the match"), and a lookahead
// (`^(?!Step )`) would take them out of V8's linear-time engine.

function escapeInClass(char: string): string {
  return /[\\\]^-]/.test(char) ? `\\${char}` : char;
}

function escapeLiteral(char: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(char) ? `\\${char}` : char;
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

function trieOf(prefixes: readonly string[]): Trie {
  const root: Trie = { end: false, next: new Map() };
  for (const prefix of prefixes) {
    if (!prefix) throw new Error('an empty prefix would exclude every line');
    let node = root;
    for (const char of prefix) {
      let child = node.next.get(char);
      if (!child) node.next.set(char, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The alternatives for "what follows cannot complete any prefix of this node". */
function rest(node: Trie): string {
  const chars = [...node.next.keys()];
  const alternatives = ['$', `[^${chars.map(escapeInClass).join('')}]`];
  for (const [char, child] of node.next) {
    // A complete prefix: the line starts with it, no alternative continues past it.
    if (child.end) continue;
    alternatives.push(`${escapeLiteral(char)}${rest(child)}`);
  }
  return `(?:${alternatives.join('|')})`;
}

/** `^…`: matches a line unless it starts with one of `prefixes`. */
export function notStartingWith(prefixes: readonly string[]): string {
  return `^${rest(trieOf(prefixes))}`;
}
