import type { Element } from 'hast';
// Types only: Sätteri is the Markdown processor @astrojs/markdown-satteri runs.
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import { fenceOf, lookOf } from '../lib/code-blocks.ts';

/**
 * Wraps every fenced code block in `<div class="code-block">`, carrying what
 * the fence meta says (`in="Claude Code"`, `copy="commands"`). It runs on the
 * Markdown tree because the highlighter drops the meta from the HTML.
 * A factory, so each page numbers its blocks from 1.
 */
export const codeBlockFrames = (): MdastPluginDefinition => {
  let count = 0;
  return {
    name: 'errata:code-block-frames',
    code(node, ctx) {
      const fence = fenceOf(node.lang, node.meta);
      const look = lookOf(fence);
      count++;
      ctx.wrapNode(node, {
        type: 'errataCodeBlock',
        children: [],
        data: {
          hName: 'div',
          hProperties: {
            className: ['code-block', `code-${look.kind}`],
            dataCodeId: `code-block-${count}`,
            dataCodeLabel: look.label,
            ...(fence.copy === 'commands' ? { dataCopyMode: 'commands' } : {}),
          },
        },
      });
    },
  };
};

/**
 * Gives each wrapped block its chrome after highlighting: a caption with the
 * label and a copy button (both kept out of the search index), and a `<pre>`
 * that keyboard users can focus and scroll, named by the caption. The button
 * stays hidden until the copy script (src/scripts/copy-buttons.ts) runs.
 */
export const codeBlockChrome: HastPluginDefinition = {
  name: 'errata:code-block-chrome',
  element: {
    filter: ['div'],
    visit(node, ctx) {
      const props = node.properties ?? {};
      const id = props['dataCodeId'];
      const label = props['dataCodeLabel'];
      if (typeof id !== 'string' || typeof label !== 'string') return;
      const pre = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
      const labelId = `${id}-label`;
      if (pre) {
        ctx.setProperty(pre, 'tabIndex', 0);
        ctx.setProperty(pre, 'role', 'group');
        ctx.setProperty(pre, 'ariaLabelledBy', [labelId]);
      }
      ctx.setProperty(node, 'dataCodeId', null);
      ctx.setProperty(node, 'dataCodeLabel', null);
      ctx.prependChild(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['code-caption'], dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { id: labelId, className: ['code-label'] }, children: [{ type: 'text', value: label }] },
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['copy-button'], dataCopy: '', ariaDescribedBy: [labelId], hidden: true },
            children: [{ type: 'text', value: 'Copy' }],
          },
        ],
      });
    },
  },
};
