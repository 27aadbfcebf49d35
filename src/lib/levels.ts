/**
 * How sure a match is. One pure module decides the level and the score of a
 * result for the site, the CLI, `errata new` and the MCP server alike:
 *
 * - `exact`: the paste holds the page's own error line (variable parts
 *   aside) or one whole pattern.
 * - `likely`: the paste holds, close together, most of the rare words of
 *   one signature or pattern form and half of all its words, its error code
 *   included and no other error code beside them; or a short description
 *   matches a page's title or `askedAs` phrasing strongly.
 * - `related`: shared words only.
 *
 * The thresholds were set on the dev set (`npm run devset`).
 */

/** How sure a result is. */
export type MatchLevel = 'exact' | 'likely' | 'related';
export const LEVELS: readonly MatchLevel[] = ['exact', 'likely', 'related'];

/** What the matcher measured for one form against one query. */
export interface FormEvidence {
  /** `line`: one line of a multi-line signature, which counts only with its error code. */
  kind: 'signature' | 'line' | 'pattern' | 'title' | 'asked';
  /** Share of the form's weight the query covers (0..1). */
  coverage: number;
  /** Share of the query's known weight the form explains (0..1). */
  precision: number;
  /** Share of the form's rare-word weight the query holds outside variable parts (0..1). */
  rareCoverage: number;
  /** How many of the form's rare words the query holds, and their weight. */
  rareCount: number;
  rareWeight: number;
  /** The form names error codes, and the query holds one of them (a strong one: not a bare HTTP status). */
  hasCodes: boolean;
  codesPresent: boolean;
  strongCodePresent: boolean;
  /** The lines where the form's words were found carry a strong error code the form does not have. */
  otherCode: boolean;
  /** The line of the query holding the form's decisive line, or -1. */
  exactLine: number;
  /** The query names the page's tool. */
  toolNamed: boolean;
  /** The query is a description: one short line that does not read like tool output. */
  description: boolean;
  /** On the query's line that matched best, the share of its words the form holds (0..1). */
  linePrecision: number;
}

/** The thresholds, set on the dev set (`npm run devset`); one object so a grid search can vary them. */
export const RULES = {
  /** A paste must hold this share of a form's rare-word weight, close together, to be a likely match... */
  likelyRareCoverage: 0.7,
  /** ...and at least this many of its rare words... */
  likelyRareCount: 2,
  /** ...and this share of all its weight... */
  likelyCoverage: 0.5,
  /** ...and explain this share of the words on the pasted line it matched best. */
  likelyLinePrecision: 0.4,
  /** One line of a multi-line signature counts like a whole form when it has this many rare words. */
  lineRareCount: 5,
  /** With its error code present, a form needs only this share of its rare words... */
  codeRareCoverage: 0.2,
  /** ...and this share of the matched line's words. */
  codeLinePrecision: 0.3,
  /** A description must be this much explained by a title or askedAs phrasing... */
  descriptionPrecision: 0.6,
  /** ...and cover this much of it, to be a likely match. */
  descriptionCoverage: 0.5,
};

/** Below these, a form shares too little with the query to be shown at all. */
const RELATED_COVERAGE = 0.3;
const RELATED_PRECISION = 0.6;
const TOOL_BONUS = 0.05;

// What tool output has and a person's description does not: an `XxxError:` class, an errno or
// error code, a `fatal:`/`error:` opener, a path, URL or quoted name.
const TOOL_OUTPUT = /\b\w*(?:Error|Exception)\b:|\bE[A-Z]{4,}\b|\bERR_[A-Z_]+|\b[A-Z]{1,4}\d{3,5}\b|^\s*(?:error|fatal|warning|npm ERR!)(?:\[\w+\])?:?\s|[/\\]\w+[/\\]|:\/\/|['"`‘“][^'"`’”\s]+['"`’”]/i;

/** True for a description: one line of at most 12 words that does not read like tool output. */
export function isDescription(lines: readonly string[]): boolean {
  const filled = lines.filter((l) => l.trim());
  return filled.length === 1 && filled[0]!.trim().split(/\s+/).length <= 12 && !TOOL_OUTPUT.test(filled[0]!);
}

/** The level and absolute score (0..1) of one form's match, or undefined when it is too weak to show. */
export function decide(e: FormEvidence): { level: MatchLevel; score: number } | undefined {
  const errorForm = e.kind === 'signature' || e.kind === 'pattern';
  const errorText = errorForm || e.kind === 'line';
  const bonus = e.toolNamed ? TOOL_BONUS : 0;
  if (errorForm && e.exactLine >= 0) {
    // Exact: 0.9 and up; a longer (more specific) decisive line ranks higher.
    return { level: 'exact', score: Math.min(1, 0.9 + 0.08 * (1 - 1 / (1 + e.rareWeight / 8)) + bonus / 2.5) };
  }
  const quality = e.coverage * e.coverage * Math.sqrt(e.precision);
  if ((errorForm || (e.kind === 'line' && e.rareCount >= RULES.lineRareCount)) && e.rareCoverage >= RULES.likelyRareCoverage && e.rareCount >= RULES.likelyRareCount && e.coverage >= RULES.likelyCoverage && e.linePrecision >= RULES.likelyLinePrecision && (!e.hasCodes || e.codesPresent) && !e.otherCode) {
    return { level: 'likely', score: Math.min(0.895, 0.7 + 0.14 * e.rareCoverage * Math.sqrt(e.precision) + bonus) };
  }
  // An error code such as EADDRINUSE or overloaded_error names the error by itself, given some support around it.
  if (errorText && e.strongCodePresent && !e.otherCode && e.rareCoverage >= RULES.codeRareCoverage && e.linePrecision >= RULES.codeLinePrecision) {
    return { level: 'likely', score: Math.min(0.895, 0.7 + 0.12 * e.rareCoverage * Math.sqrt(e.precision) + bonus) };
  }
  if ((e.kind === 'title' || e.kind === 'asked') && e.description && e.precision >= RULES.descriptionPrecision && e.coverage >= RULES.descriptionCoverage) {
    return { level: 'likely', score: Math.min(0.895, 0.7 + 0.14 * quality + bonus) };
  }
  if (e.coverage >= RELATED_COVERAGE || e.precision >= RELATED_PRECISION) {
    return { level: 'related', score: Math.min(0.6, 0.5 * quality + bonus) };
  }
  return undefined;
}
