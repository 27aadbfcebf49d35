import { REQUIRED_SECTIONS } from './body-rules.ts';
import { tokenize } from './normalize.ts';

/** A tool as `tools.yaml` names it: its id, display name and aliases. */
export interface ToolNames {
  id: string;
  names: readonly string[];
}

/**
 * The tool an error names, read from the ids, names and aliases in
 * `tools.yaml`: the tool mentioned most often as a whole word (the longest
 * name wins where names overlap, so `claude api` is not also `claude`), the
 * first mention breaking ties. When no tool is named: `fallback` (the tool of
 * the nearest page), else the first tool.
 */
export function guessTool(text: string, tools: readonly ToolNames[], fallback?: string): string | undefined {
  const lower = text.toLowerCase();
  const names = tools
    .flatMap((t) => [t.id, ...t.names].map((name) => ({ id: t.id, name: name.toLowerCase().trim() })))
    .filter((n) => n.name.length > 1)
    .sort((a, b) => b.name.length - a.name.length);
  const taken = new Uint8Array(lower.length);
  const found = new Map<string, { count: number; first: number }>();
  for (const { id, name } of names) {
    const re = new RegExp(`(?<![a-z0-9_])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![a-z0-9_])`, 'g');
    for (const m of lower.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).some(Boolean)) continue;
      taken.fill(1, start, end);
      const seen = found.get(id);
      if (seen) seen.count++;
      else found.set(id, { count: 1, first: start });
    }
  }
  const best = [...found.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)[0];
  if (best) return best[0];
  const ids = tools.map((t) => t.id);
  return fallback && ids.includes(fallback) ? fallback : ids[0];
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
