import type { AstroIntegration } from 'astro';
import { checkContent, formatProblem } from '../lib/check.ts';
import { contentDir } from '../settings.ts';
import { readContentTree } from '../node/content-files.ts';

/**
 * Runs the same checks as `errata check` before Astro loads any content, so a
 * bad page stops the build with located messages instead of a stack dump.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'errata:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'preview') return; // serving dist/ reads no content
        const started = Date.now();
        const { problems, pages } = checkContent(readContentTree(contentDir()));
        const errors = problems.filter((p) => p.severity === 'error');
        for (const p of problems) (p.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(p));
        if (errors.length) {
          const error = new Error(`Content check failed: ${errors.length} error(s) in ${pages} page(s). Fix the problems listed above (run \`npx errata check\` to see them again).`);
          error.stack = error.message; // the located problems above are the useful part, not our call stack
          throw error;
        }
        logger.info(`${pages} pages checked in ${Date.now() - started} ms`);
      },
    },
  };
}
