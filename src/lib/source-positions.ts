/**
 * Where a problem is in its file, as `line:column`, so editors (VS Code, vim's quickfix) can
 * jump to it. A field path (`claims[2].quotes[0].text`) is looked up in the YAML frontmatter
 * (or, in a YAML data file, under the entry whose id starts the path); body problems carry
 * their offset in the body. Pure: it is given the file's text.
 */
import { isMap, isSeq, parseDocument, type Node } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/** `claims[2].quotes[0].text` → ["claims", 2, "quotes", 0, "text"]. */
export function fieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index !== undefined ? Number(index) : key));
}

function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** The deepest node the path reaches; where a key is missing, its parent (where it belongs). */
function deepest(root: Node | null, path: (string | number)[]): Node | null {
  let node = root;
  for (const step of path) {
    let next: unknown;
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === step);
      next = pair ? (pair.value ?? pair.key) : undefined;
    } else if (isSeq(node) && typeof step === 'number') {
      next = node.items[step];
    } else if (isSeq(node) && typeof step === 'string') {
      // A data file lists entries; its paths start with the entry's id.
      next = node.items.find((item) => isMap(item) && item.get('id') === step);
    }
    if (!next) break;
    node = next as Node;
  }
  return node;
}

/**
 * The split of an MDX file into its YAML frontmatter and body, by offset. The body starts at
 * its first non-blank character, as Astro trims it.
 */
export function frontmatterBounds(source: string): { yamlStart: number; yamlEnd: number; bodyStart: number } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return null;
  const yamlStart = match[0].indexOf('\n') + 1;
  const blank = /^\s*/.exec(source.slice(match[0].length))![0].length;
  return { yamlStart, yamlEnd: yamlStart + match[1].length, bodyStart: match[0].length + blank };
}

/**
 * The position of a field, or of an offset in the body, in a file: an MDX article (frontmatter
 * and body) or a YAML data file. Falls back to the start of the file.
 */
export function positionOf(source: string, field: string, bodyOffset?: number): Position {
  const bounds = frontmatterBounds(source);
  if (bounds && field === 'body' && bodyOffset !== undefined && bodyOffset >= 0) {
    return positionAt(source, bounds.bodyStart + bodyOffset);
  }
  if (bounds && field === 'body') return positionAt(source, bounds.bodyStart);
  const [start, end] = bounds ? [bounds.yamlStart, bounds.yamlEnd] : [0, source.length];
  const doc = parseDocument(source.slice(start, end), { keepSourceTokens: false });
  const node = deepest(doc.contents as Node | null, fieldPath(field));
  const offset = node?.range?.[0];
  return offset === undefined || node === doc.contents ? positionAt(source, start) : positionAt(source, start + offset);
}
