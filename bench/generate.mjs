// Writes N synthetic error pages in Errata's real format (content/errors/<slug>.mdx,
// tools.yaml, categories.yaml), deterministic from a seed. Signatures come from
// several error families with unique codes; messages share a phrase vocabulary
// so many pages look alike apart from their code, as real errors do.
//
//   node bench/generate.mjs --pages 300 --seed 1 --out bench/.work/content-300
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const w = (s) => s.trim().split(/\s+/);
const TOOLS = w(`node:Node.js:node npm:npm:npm pnpm:pnpm:pnpm yarn:Yarn:yarn python:Python:python pip:pip:pip
  docker:Docker:docker kubectl:Kubernetes:kubectl git:Git:git github-actions:GitHub_Actions:gh terraform:Terraform:terraform
  aws-cli:AWS_CLI:aws gcloud:Google_Cloud_CLI:gcloud azure-cli:Azure_CLI:az cargo:Rust_and_Cargo:cargo go:Go:go
  maven:Maven:mvn gradle:Gradle:gradle postgresql:PostgreSQL:psql mysql:MySQL:mysql redis:Redis:redis-cli nginx:nginx:nginx
  vite:Vite:vite webpack:webpack:webpack typescript:TypeScript:tsc eslint:ESLint:eslint jest:Jest:jest pytest:pytest:pytest
  claude-code:Claude_Code:claude cursor:Cursor:cursor copilot:GitHub_Copilot:gh openai-api:OpenAI_API:openai
  anthropic-api:Anthropic_API:curl gemini:Gemini_CLI:gemini vscode:VS_Code:code homebrew:Homebrew:brew`).map((t) => {
  const [id, name, cli] = t.split(':');
  return { id, name: name.replaceAll('_', ' '), cli };
});
const CATEGORIES = `Usage limits|Provider errors|Authentication|Network and TLS|Installation and PATH|Crashes|Permissions|Dependencies|
  Memory and disk|Ports and services|Configuration|Compatibility|Build failures|Type errors|Test failures|Databases|Containers|
  Version control|Deployment|Editor integration|Package registries|Caching|Concurrency|Encoding and locales`
  .split('|')
  .map((name) => ({ id: name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-'), name: name.trim() }));

const NOUNS = w(`cache config connection timeout request response server client token session module package dependency
  version build runtime process memory disk file directory permission proxy certificate socket port host query database
  schema index migration container image volume registry cluster service endpoint header payload stream buffer queue worker
  job plugin extension editor terminal shell command flag option environment variable secret key credential account project
  workspace repository branch commit release pipeline runner artifact log trace quota limit retry lockfile manifest bundle
  compiler linter network mirror mount kernel driver daemon agent model context prompt tool network socket channel webhook
  sandbox profile policy role scope tenant region zone bucket table column record transaction lock cursor`);
const ADJS = w(`stale missing broken outdated corrupted locked read-only empty partial cached remote local shared global
  temporary expired invalid duplicate nested unsigned untrusted slow busy default custom pinned mismatched unreachable`);
const VERBS = w(`rejects drops locks rewrites skips resolves loads caches expires retries blocks overwrites ignores truncates`);
const BASES = w(`reload rebuild clear reset update reinstall restart verify inspect remove pin export refresh rotate`);
const SUBJECTS = NOUNS.slice(0, 48);
const PREDICATES = `could not be resolved|is not allowed|timed out|was rejected|is already in use|is not a function|has no exported member|
  exceeded the limit|is missing|failed to load|is out of date|does not match|was not found|is read-only|is invalid|could not be parsed|
  is locked by another process|was closed unexpectedly|returned an empty response|is not supported|requires a newer version|has expired|
  was denied|is corrupted`.split('|').map((s) => s.trim());
const SYLLABLES = w(`ka lo mi ne ru ta vo zi qua bre dra fen gor hal jin kor lux mor nax pel rin sel tor vex wyn yar zel
  tri sto pla cro mun dov ist ark eld ost umb`);

/** Everything random comes from one PRNG, so a seed fixes every byte written. */
function helpers(random) {
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Zipf-like: the first words of a list are much more frequent than the last.
  const zipf = (list) => list[Math.min(list.length - 1, Math.floor(list.length ** random()) - 1)];
  const chars = (n, alphabet) => Array.from({ length: n }, () => pick(alphabet)).join('');
  const pseudo = () => Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join('');
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  return { int, pick, zipf, chars, pseudo, cap };
}

const ALNUM = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'];
const HEX = [...'0123456789abcdef'];

/** Error families: each returns a signature with its unique code, one path and one id in it. */
function families(h) {
  const { int, pick, chars, pseudo, cap } = h;
  const message = () => `${pick(SUBJECTS)} '${pseudo()}' ${pick(PREDICATES)}`;
  const unixPath = (ext) => `/home/${pseudo()}/${pseudo()}/src/${pseudo()}/${pseudo()}.${ext}`;
  return [
    () => {
      const code = `E${pseudo().toUpperCase()}`, msg = message(), p = unixPath('js'), id = String(int(1000, 99999));
      return { code, msg, path: p, id, signature: `(node:${id}) Error: ${code}: ${msg}, open '${p}'\n    at Object.openSync (node:fs:573:18)\n    at ${pseudo()}Loader (${p}:${int(2, 300)}:${int(2, 40)})`, patterns: [`Error: ${code}: ${msg}, open {path}`] };
    },
    () => {
      const code = `ERR_${pseudo().toUpperCase()}_${pick(NOUNS).toUpperCase()}`, msg = message(), p = unixPath('mjs'), id = String(int(1000, 99999));
      return { code, msg, path: p, id, signature: `node:internal/errors:${int(400, 600)}\n    throw new TypeError(\`[${code}]\`)\nTypeError [${code}]: ${msg} imported from ${p}\n    at ${pseudo()} (node:internal/modules/esm/resolve:${int(100, 999)}:${int(2, 40)}) {\n  code: '${code}',\n  pid: ${id}\n}`, patterns: [`TypeError [${code}]: ${msg} imported from {path}`] };
    },
    () => {
      const code = `TS${int(1000, 99999)}`, msg = message(), p = unixPath('ts'), id = `build-${chars(12, HEX)}`;
      return { code, msg, path: p, id, signature: `${p}(${int(1, 400)},${int(1, 80)}): error ${code}: ${cap(msg)}.\n[${id}] Found 1 error. Watching for file changes.`, patterns: [`error ${code}: ${cap(msg)}.`] };
    },
    () => {
      const code = `${pseudo()}_${pick(NOUNS)}_error`, msg = cap(message()), p = `/v1/${pseudo()}/${pseudo()}`, id = `req_011C${chars(18, ALNUM)}`;
      const status = pick([400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 529]);
      return { code, msg, path: p, id, signature: `API Error: ${status} {"type":"error","error":{"type":"${code}","message":"${msg}"},"request_id":"${id}"}\nPOST ${p} failed after ${int(1, 9)} attempts`, patterns: [`API Error: ${status} {any}${code}{any}`] };
    },
    () => {
      const code = `${cap(pseudo())}${pick(['Error', 'Exception', 'Warning'])}`, msg = message(), p = unixPath('py'), id = chars(24, HEX);
      return { code, msg, path: p, id, signature: `Traceback (most recent call last):\n  File "${p}", line ${int(2, 900)}, in ${pseudo()}\n    ${pseudo()}.${pseudo()}(trace_id="${id}")\n${code}: ${msg}`, patterns: [`${code}: ${msg}`] };
    },
    () => {
      const code = `E${String(int(100, 99999)).padStart(4, '0')}`, msg = message(), p = unixPath('rs'), id = `${pseudo()}-${chars(16, HEX)}`;
      return { code, msg, path: p, id, signature: `error[${code}]: ${msg}\n  --> ${p}:${int(1, 500)}:${int(1, 80)}\nerror: could not compile \`${id}\` due to 1 previous error`, patterns: [`error[${code}]: ${msg}`] };
    },
    () => {
      const code = `${pseudo().slice(0, 3).toUpperCase()}-${int(1000, 99999)}`, msg = message(), p = unixPath('yaml'), id = uuid(h);
      return { code, msg, path: p, id, signature: `Error response from daemon: ${msg} (code ${code})\nconfig: ${p}\ncorrelation id: ${id}`, patterns: [`Error response from daemon: ${msg} (code ${code})`] };
    },
    () => {
      const pkg = `com.${pseudo()}.${pseudo()}`, code = `${cap(pseudo())}${cap(pick(NOUNS))}Exception`, msg = message(), p = unixPath('java'), id = `0x${chars(8, HEX)}`;
      return { code, msg, path: p, id, signature: `Exception in thread "main" ${pkg}.${code}: ${msg}\n\tat ${pkg}.${cap(pseudo())}.run(${p}:${int(10, 900)})\n\tat java.base/java.lang.Thread.run(Thread.java:1583)\nthread ${id} exited`, patterns: [`${pkg}.${code}: ${msg}`] };
    },
    () => {
      // npm's codes are letters only (ERESOLVE, EACCES): with digits the matcher reads one as an id.
      const code = `E${pseudo().toUpperCase()}${pick(NOUNS).toUpperCase().replace(/[^A-Z]/g, '')}`, msg = message(), p = unixPath('json'), id = `${chars(8, HEX)}-${int(1000, 9999)}`;
      return { code, msg, path: p, id, signature: `npm error code ${code}\nnpm error ${msg}\nnpm error A complete log of this run can be found in: ${p}\nnpm error session ${id}`, patterns: [`npm error code ${code}`] };
    },
  ];
}

function uuid(h) {
  const c = (n) => h.chars(n, HEX);
  return `${c(8)}-${c(4)}-4${c(3)}-a${c(3)}-${c(12)}`;
}

const article = (word) => `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`;

/** A sentence of plain prose (no braces, no tags) about one error. */
function sentence(h, ctx) {
  const { pick, zipf } = h;
  const n = () => zipf(NOUNS), a = () => pick(ADJS), an = () => article(pick(ADJS)), v = () => pick(VERBS), b = () => pick(BASES);
  const templates = [
    () => `The ${ctx.tool.name} ${n()} stops when the ${n()} ${v()} the ${n()} before it is ready.`,
    () => `In most reports \`${ctx.code}\` appears right after ${an()} ${n()} change on the same machine.`,
    () => `${h.cap(an())} ${n()} can make ${ctx.tool.name} ${b()} the ${n()} in the wrong order.`,
    () => `Check whether the ${n()} still points at the ${n()} you expect, then ${b()} the ${n()}.`,
    () => `Nothing is wrong with your ${n()} itself: the ${n()} simply ${v()} it too early.`,
    () => `When the ${n()} is ${a()}, ${ctx.tool.name} cannot ${b()} it and reports \`${ctx.code}\`.`,
    () => `Run the ${n()} step again after you ${b()} the ${a()} ${n()}.`,
    () => `Some people see the error only with ${an()} ${n()}, which points to the ${n()} rather than the ${n()}.`,
    () => `The ${n()} log usually names the ${n()} that failed first, so read it from the top.`,
    () => `If the ${n()} and the ${n()} disagree, ${ctx.tool.name} trusts the newer one and ${v()} the other.`,
    () => `Keep the ${n()} ${a()} only as long as you need it, so later runs do not ${b()} the same ${n()}.`,
    () => `After the change, ${ctx.tool.name} should ${b()} the ${n()} without a warning about the ${n()}.`,
    () => `The ${ctx.subject} part of the message is the useful one: it tells you which ${n()} to look at.`,
    () => `Reports differ on whether ${an()} ${n()} alone is enough to trigger it; treat that as unknown.`,
  ];
  return pick(templates)();
}

const para = (h, ctx, n) => Array.from({ length: n }, () => sentence(h, ctx)).join(' ');
const bullets = (h, ctx, n) => Array.from({ length: n }, () => `- ${sentence(h, ctx)}`).join('\n');
const command = (h, ctx) => `${ctx.tool.cli} ${h.pick(BASES)} --${h.pick(ADJS)}-${h.zipf(NOUNS)}`;

function body(h, ctx) {
  const steps = Array.from({ length: h.int(4, 6) }, (_, i) => `${i + 1}. ${sentence(h, ctx)}\n\n   \`\`\`bash\n   ${command(h, ctx)}\n   \`\`\``).join('\n\n');
  const callout = h.int(0, 3) === 0 ? `\n<Callout type="warning">\n${sentence(h, ctx)}\n</Callout>\n` : '';
  return `## What this error means

${para(h, ctx, 3)}

${para(h, ctx, 2)}

## Why this happens

${para(h, ctx, 3)}

${para(h, ctx, 2)}

## Common causes

${bullets(h, ctx, h.int(3, 5))}

## Quick fixes

${bullets(h, ctx, h.int(3, 5))}

## Platform and tool-specific checks

### macOS

${para(h, ctx, 2)}

\`\`\`bash
${command(h, ctx)}
\`\`\`

### Linux

${para(h, ctx, 1)}

### Windows and WSL

${para(h, ctx, 1)}

## Step-by-step troubleshooting

<Steps>

${steps}

</Steps>
${callout}
## How to confirm the fix

${para(h, ctx, 2)}

## How to prevent it

${bullets(h, ctx, h.int(3, 4))}
`;
}

/**
 * 3 to 6 ways a person might describe the error in a search box (`askedAs`):
 * lower case, the tool's name or command, some of the message's words, seldom
 * the whole message. `h` is its own random stream, so adding these left every
 * other byte of a page as it was.
 */
function askedAs(h, p) {
  const { pick, int } = h;
  const name = p.tool.name.toLowerCase();
  const quoted = /'([^']*)'/.exec(p.msg)?.[1] ?? '';
  const predicate = p.msg.replace(/^\S+ '[^']*' /, '');
  const forms = [
    () => `${name} ${p.code.toLowerCase()} ${p.subject} ${predicate}`,
    () => `${p.tool.cli} says ${p.subject} ${quoted} ${predicate}`,
    () => `how to fix ${p.code.toLowerCase()} in ${name}`,
    () => `${name} ${p.subject} ${predicate} every time i ${pick(BASES)} the ${pick(NOUNS)}`,
    () => `${p.subject} ${quoted} ${predicate} after updating ${name}`,
    () => `why does ${p.tool.cli} fail with ${p.code.toLowerCase()}`,
    () => `${name} keeps saying ${p.subject} ${predicate}`,
  ];
  const out = new Set();
  const want = int(3, 6);
  while (out.size < want) out.add(pick(forms)().replace(/\s+/g, ' ').trim().slice(0, 160));
  return [...out];
}

const slugify = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Writes `pages` pages into `dir` (its errors/ is replaced). Returns each page's matcher
 * fields (askedAs included) plus the tool, message, code, path and id in its signature,
 * and how many pages each word is on.
 */
export function generate({ dir, pages: count, seed = 1, onProgress = () => {} }) {
  const random = prng(seed);
  const h = helpers(random);
  const asked = helpers(prng(seed ^ 0x5eed5eed));
  const fams = families(h);
  const errorsDir = path.join(dir, 'errors');
  rmSync(errorsDir, { recursive: true, force: true });
  mkdirSync(errorsDir, { recursive: true });

  // First pass: signatures, slugs and titles, so related links can point anywhere.
  const codes = new Set();
  const slugs = new Set();
  const pages = [];
  for (let i = 0; i < count; i++) {
    let sig;
    do sig = h.pick(fams)();
    while (codes.has(sig.code.toLowerCase()));
    codes.add(sig.code.toLowerCase());
    const tool = h.pick(TOOLS);
    let slug = slugify(`${tool.id} ${sig.code} ${sig.msg.replace(/'[^']*'/, '')}`).split('-').slice(0, 9).join('-');
    while (slugs.has(slug)) slug += `-${h.int(2, 99)}`;
    slugs.add(slug);
    const subject = sig.msg.split(' ')[0];
    const title = `${tool.name}: ${sig.code} ${sig.msg}`.slice(0, 120).trim();
    pages.push({ ...sig, slug, title, tool, subject, category: h.pick(CATEGORIES) });
  }

  const df = new Map();
  const started = Date.now();
  pages.forEach((p, i) => {
    const ctx = { tool: p.tool, code: p.code, subject: p.subject };
    const related = new Set([pages[(i + 1) % count].slug]); // every page gets at least one link in
    while (related.size < Math.min(count - 1, h.int(2, 5))) {
      const other = pages[h.int(0, count - 1)].slug;
      if (other !== p.slug) related.add(other);
    }
    related.delete(p.slug);
    const day = (n) => new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString().slice(0, 10);
    const checked = h.int(0, 120);
    p.askedAs = askedAs(asked, p);
    const fm = {
      title: p.title,
      description: `${sentence(h, ctx)} ${sentence(h, ctx)}`.slice(0, 300),
      signature: p.signature,
      patterns: p.patterns,
      askedAs: p.askedAs,
      tool: p.tool.id,
      category: p.category.id,
      status: h.pick(['open-bug', 'fixed', 'works-as-designed', 'workaround-only', 'unknown']),
      updated: day(checked - h.int(0, Math.min(checked, 10))),
      checked: day(checked),
      quickFix: `${sentence(h, ctx)} ${sentence(h, ctx)}`.slice(0, 400),
      related: [...related],
      faq: Array.from({ length: h.int(3, 4) }, () => ({ q: `Does it help to ${h.pick(BASES)} the ${h.zipf(NOUNS)} when ${p.code} appears?`, a: para(h, ctx, h.int(1, 2)) })),
      sources: Array.from({ length: h.int(1, 3) }, () => ({
        title: `${p.tool.name} issue: ${p.code} when the ${h.zipf(NOUNS)} ${h.pick(PREDICATES)}`,
        url: `https://github.com/${slugify(p.tool.name)}/${h.pseudo()}/issues/${h.int(100, 99999)}`,
        note: sentence(h, ctx),
      })),
      evidence: para(h, ctx, 2),
    };
    if (fm.status === 'fixed') fm.fixedIn = `${h.int(1, 9)}.${h.int(0, 30)}.${h.int(0, 20)}`;
    const text = `---\n${YAML.stringify(fm, { lineWidth: 0 })}---\n\n${body(h, ctx)}`;
    writeFileSync(path.join(errorsDir, `${p.slug}.mdx`), text);
    for (const word of new Set(text.toLowerCase().match(/[a-z][a-z-]+/g))) df.set(word, (df.get(word) ?? 0) + 1);
    if ((i + 1) % 250 === 0 || i + 1 === count) onProgress(i + 1, count, Date.now() - started);
  });

  const yaml = (entries) => YAML.stringify(Object.fromEntries(entries), { lineWidth: 0 });
  writeFileSync(path.join(dir, 'tools.yaml'), yaml(TOOLS.map((t) => [t.id, { name: t.name, description: `${t.name}, a developer tool that synthetic pages name.`, homepage: `https://docs.example.com/${t.id}` }])));
  writeFileSync(path.join(dir, 'categories.yaml'), yaml(CATEGORIES.map((c) => [c.id, { name: c.name, description: `Synthetic errors about ${c.name.toLowerCase()}.` }])));
  return {
    pages: pages.map((p) => ({ slug: p.slug, title: p.title, signature: p.signature, patterns: p.patterns, askedAs: p.askedAs, tool: p.tool.id, toolName: p.tool.name, cli: p.tool.cli, msg: p.msg, subject: p.subject, code: p.code, path: p.path, id: p.id })),
    df,
    nouns: NOUNS,
  };
}

// As a script: node bench/generate.mjs --pages N --seed S --out DIR
if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const pages = Number(arg('pages', '300'));
  const out = path.resolve(arg('out', `bench/.work/content-${pages}`));
  const t = Date.now();
  generate({ dir: out, pages, seed: Number(arg('seed', '1')), onProgress: (n, total) => process.stderr.write(`\rgenerated ${n}/${total}`) });
  console.error(`\nwrote ${pages} pages to ${out} in ${Date.now() - t} ms`);
}
