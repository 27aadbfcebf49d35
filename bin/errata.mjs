#!/usr/bin/env node
// The errata CLI runs its TypeScript sources directly, which needs Node's
// built-in type stripping (Node >= 22.18). `npx errata` and npm scripts use
// the Node pinned in node_modules/.bin, so this only trips on a bare `node`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `errata: Node ${process.versions.node} is too old (needs >= 22.18). Run it as \`npx errata ...\` or \`npm run errata -- ...\`, which use the Node pinned in node_modules.`,
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
