import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Two suites run real builds; one at a time keeps them from racing on .astro/.
    fileParallelism: false,
  },
});
