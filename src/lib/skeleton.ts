import { REQUIRED_SECTIONS } from './body-rules.ts';
import { tokenize } from './normalize.ts';

/** Words in an error that point at a tool, checked in order; the first hit wins. */
const TOOL_HINTS: [RegExp, string][] = [
  [/\bclaude code\b|\bclaude\b(?!\.ai)/i, 'claude-code'],
  [/anthropic|overloaded_error|x-api-key/i, 'anthropic-api'],
  [/\bmcp\b/i, 'mcp'],
  [/\bcursor\b/i, 'cursor'],
  [/copilot/i, 'github-copilot'],
  [/\bcodex\b/i, 'codex-cli'],
  [/openai|\bgpt-/i, 'openai-api'],
  [/gemini|RESOURCE_EXHAUSTED/i, 'gemini'],
  [/\bnpm (?:ERR!|error)|\bnpm\b/i, 'npm'],
  [/\bTS\d{4}\b|\btsc\b/, 'typescript'],
  [/\bpip\b/i, 'pip'],
  [/Traceback \(most recent call last\)|\bpython\d?\b|Error: No module named/i, 'python'],
  [/\bdocker\b/i, 'docker'],
  [/\bpsql\b|postgres/i, 'postgresql'],
  [/github\.com|\bremote:/i, 'github'],
  [/^(?:fatal|error|hint): |\bgit\b/im, 'git'],
  [/Access-Control-Allow-Origin|CORS policy/i, 'browser'],
  [/\bnode(?:\.js)?\b|\bERR_[A-Z_]+\b|\bE[A-Z]{4,}\b/, 'nodejs'],
];

/** The tool an error most likely comes from, among the known tool ids. */
export function guessTool(text: string, known: readonly string[], fallback?: string): string | undefined {
  for (const [re, id] of TOOL_HINTS) if (re.test(text) && known.includes(id)) return id;
  return fallback && known.includes(fallback) ? fallback : known[0];
}


/** A slug from a tool id and the words of an error line, e.g. `nodejs-listen-eaddrinuse-address-already-use`. */
export function suggestSlug(tool: string, line: string): string {
  const words = tokenize(line)
    .filter((t) => !t.soft && /^[a-z][a-z0-9]*$/.test(t.t) && t.t !== 'error')
    .map((t) => t.t);
  const unique = [...new Set(words)].filter((w) => !tool.split('-').includes(w)).slice(0, 6);
  return [tool, ...unique].join('-').slice(0, 80).replace(/-+$/, '');
}

/** YAML for a string: double-quoted with escapes, or a literal block for several lines. */
function yamlString(text: string, indent = '  '): string {
  if (text.includes('\n')) return `|-\n${text.split('\n').map((l) => `${indent}${l}`).join('\n')}`;
  return JSON.stringify(text);
}

/**
 * A new page: the signature and guesses filled in, every other field empty and
 * every section marked TODO, so `errata check` lists what is left to write.
 */
export function pageSkeleton(o: { signature: string; title: string; tool: string; category: string; today: string }): string {
  const body = REQUIRED_SECTIONS.map((section) => {
    if (section === 'Step-by-step troubleshooting') return `## ${section}\n\n<Steps>\n\n1. TODO: the first thing to check, with its command:\n\n   \`\`\`bash\n   TODO\n   \`\`\`\n\n</Steps>\n`;
    return `## ${section}\n\nTODO\n`;
  }).join('\n');
  return `---
title: ${yamlString(o.title)}
description: ""
signature: ${yamlString(o.signature)}
patterns: []
tool: ${o.tool}
category: ${o.category}
status: unknown
updated: ${o.today}
checked: ${o.today}
quickFix: ""
related: []
faq: []
sources: []
evidence: ""
---

${body}`;
}
