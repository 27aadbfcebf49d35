import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';

/** A content file split into its YAML frontmatter and its body. */
export interface SplitFile {
  /** Parsed frontmatter value (undefined when absent or unparsable). */
  data: unknown;
  /** YAML problems with their 1-based file line. */
  yamlErrors: { line: number; message: string; code: string; source: string }[];
  /** The body text after the closing `---`. */
  body: string;
  /** 1-based file line where the body starts. */
  bodyLine: number;
  /** Whether the file opens with a `---` frontmatter block. */
  hasFrontmatter: boolean;
  /** True when the file opens with `---` but no closing `---` line follows. */
  unclosed: boolean;
  /** 1-based file line of a frontmatter path such as `['related', 2]`. */
  lineOf: (path: readonly (string | number)[]) => number;
}

/** Text with a leading BOM removed and CRLF/CR line endings made LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Splits `---` frontmatter from an MDX body and parses it, keeping line positions. */
export function splitFrontmatter(raw: string): SplitFile {
  const text = normalizeNewlines(raw);
  const open = /^---[ \t]*\n/.exec(text);
  const close = open ? /^---[ \t]*$/m.exec(text.slice(open[0].length)) : null;
  if (!open || !close) {
    return { data: undefined, yamlErrors: [], body: text, bodyLine: 1, hasFrontmatter: false, unclosed: Boolean(open), lineOf: () => 1 };
  }
  const yamlText = text.slice(open[0].length, open[0].length + close.index);
  const afterClose = open[0].length + close.index + close[0].length;
  const body = text.slice(afterClose).replace(/^\n/, '');
  const bodyLine = text.slice(0, afterClose).split('\n').length + 1;
  return { ...parseYamlLines(yamlText, 1), body, bodyLine, hasFrontmatter: true, unclosed: false };
}

/** A YAML file parsed whole (a data file such as `tools.yaml`), with the same located errors and line lookup. */
export type YamlFile = Pick<SplitFile, 'data' | 'yamlErrors' | 'lineOf'>;

/** Parses a YAML data file; line numbers are the file's own. */
export function parseYamlFile(raw: string): YamlFile {
  return parseYamlLines(normalizeNewlines(raw), 0);
}

/** Parses YAML that starts `lineOffset` lines into its file, reporting 1-based file lines. */
function parseYamlLines(yamlText: string, lineOffset: number): YamlFile {
  // Fast path: js-yaml (the parser Astro itself uses for frontmatter) reads a
  // valid block quickly. The slower, position-keeping parser runs only when a
  // line number is needed: for a syntax error, or to place a problem.
  let data: unknown;
  let fast = true;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA }); // no timestamp type: js-yaml would roll 2026-02-30 over to March
  } catch {
    fast = false;
  }
  let positions: { doc: Document; counter: LineCounter } | undefined;
  const detailed = () => {
    if (!positions) {
      const counter = new LineCounter();
      positions = { doc: parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }), counter };
    }
    return positions;
  };
  const fileLine = (offset: number) => detailed().counter.linePos(offset).line + lineOffset;
  const yamlErrors = fast
    ? []
    : detailed().doc.errors.map((e) => ({
        line: fileLine(e.pos[0]),
        message: e.message.split('\n')[0] ?? e.message,
        code: e.code,
        source: yamlText.slice(e.pos[0], e.pos[0] + 80).split('\n')[0] ?? '',
      }));
  if (!fast && yamlErrors.length === 0) {
    // js-yaml refused something the YAML 1.2 parser accepts: trust the latter.
    data = detailed().doc.toJS();
  }
  return {
    data: yamlErrors.length ? undefined : data,
    yamlErrors,
    lineOf: (path) => fileLine(offsetOf(detailed().doc, path)),
  };
}

/** Offset of the deepest existing node (or key) on `path`, falling back to its parent. */
function offsetOf(doc: Document, path: readonly (string | number)[]): number {
  let offset = 0;
  for (let i = 1; i <= path.length; i++) {
    const parentPath = path.slice(0, i - 1);
    const key = path[i - 1];
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (!pair) break;
      const node = (pair.value ?? pair.key) as { range?: [number, number, number] } | null;
      const keyNode = pair.key as { range?: [number, number, number] };
      offset = (i === path.length ? keyNode.range?.[0] : node?.range?.[0]) ?? offset;
      continue;
    }
    const node = doc.getIn(path.slice(0, i), true) as { range?: [number, number, number] } | undefined;
    if (!node?.range) break;
    offset = node.range[0];
  }
  return offset;
}
