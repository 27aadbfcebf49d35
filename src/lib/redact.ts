/**
 * Masks secrets in a paste before it is matched, shown back or put in a URL.
 *
 * Pure (no DOM, no Node APIs: it runs in the browser, the CLI and the build)
 * and linear in the length of the text:
 * - every rule is one regular expression with no nested quantifiers and no
 *   lookbehind (older Safari cannot parse it);
 * - a repetition that can be followed by a failing requirement is bounded
 *   ({0,256} and the like), so a failed attempt costs a constant;
 * - an unbounded repetition is only used where nothing has to follow it, so
 *   it succeeds at the end of its run instead of backtracking;
 * - what a regular expression cannot say cheaply (a minimum length, "not in
 *   the middle of a word", "this value is a placeholder") is checked in the
 *   replacer, which looks at a bounded neighbourhood of the match.
 *
 * The rules are facts from public secret-scanner rule lists: gitleaks
 * (config/gitleaks.toml), GitHub secret scanning's supported patterns, and
 * Yelp detect-secrets' plugins; `source` on each rule says which. Where a
 * token has a recognisable prefix it is kept (`ghp_[REDACTED]`) so the reader
 * still sees what kind of credential was there; otherwise the whole value is
 * masked. Redacting twice gives the same text as redacting once.
 */
export const MASK = '[REDACTED]';

type Replacer = (match: string, ...args: any[]) => string;

export interface RedactionRule {
  /** Short name of the form, for tests and the bench. */
  id: string;
  /** Where the form comes from. */
  source: string;
  /** Literal text the rule starts from; the bench repeats each one. */
  prefixes: string[];
  re: RegExp;
  replace: Replacer;
}

const GITLEAKS = 'gitleaks config/gitleaks.toml';
const DETECT_SECRETS = 'Yelp detect-secrets plugins';
const GITHUB = 'GitHub secret scanning supported patterns';

/** True for the characters that continue a token or an identifier. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// The character before a token: start of text or anything but a letter, a
// digit or `]` (`_` included, so `MY_ghp_...` and `AWS_KEY=AKIA...` are
// found). It is captured and put back, because lookbehind is not used. `]`
// is excluded so that text glued to a mask (`[REDACTED]GOCSPX-...`) is
// treated the same before and after masking, which keeps redaction idempotent.
const START = '(^|[^A-Za-z0-9\\]])';

/**
 * A rule for a token with a fixed prefix: `prefix` (a regex source) followed
 * by `body` characters. The body is matched greedily with no bound and
 * nothing after it, so the match never backtracks; `min` (and `max`, when the
 * format has an exact length) is checked in the replacer.
 */
function token(
  id: string,
  source: string,
  prefixes: string[],
  prefix: string,
  body: string,
  min: number,
  options: { keep?: boolean; max?: number } = {},
): RedactionRule {
  const keep = options.keep ?? true;
  const re = new RegExp(`${START}(${prefix})(${body}*)`, 'g');
  return {
    id,
    source,
    prefixes,
    re,
    replace: (match: string, before: string, head: string, rest: string, offset: number, text: string) => {
      if (rest.length < min) return match;
      if (options.max !== undefined) {
        if (rest.length > options.max) return match;
        if (isWordChar(text.charCodeAt(offset + match.length))) return match;
      }
      return before + (keep ? head : '') + MASK;
    },
  };
}

/** Values that are clearly not a secret: placeholders, variables, booleans, already masked. */
function isPlaceholder(raw: string): boolean {
  if (raw.includes(MASK)) return true;
  const value = raw.replace(TRAILING_PUNCTUATION, '');
  if (value.length === 0) return true;
  const first = value[0];
  // $VAR, ${VAR}, $(cmd), <your-token>, {{ secrets.X }}, a following flag.
  if (first === '$' || first === '<' || first === '{' || first === '=' || first === '-' || first === '+' || first === '(') return true;
  // printf's %s (maybe with \n after it), %(name)s, %VAR%; a URL-encoded
  // password also starts with %, so only these shapes count.
  if (/^%(?:[sdr]|\([A-Za-z_][A-Za-z0-9_]{0,64}\)[sdr]|[A-Za-z_][A-Za-z0-9_]{0,64}%)(?:\\[nrt]){0,4}$/.test(value)) return true;
  if (/^(?:true|false|yes|no|on|off|null|nil|none|undefined|required|optional|string|bool|boolean|int|number)$/i.test(value)) return true;
  // Runs of a masking character: ***, xxx, ..., ___, and the ellipsis.
  if (/^(?:\*{1,64}|x{1,64}|X{1,64}|\.{1,64}|_{1,64}|#{1,64}|•{1,64}|…)$/.test(value)) return true;
  // An upper-case name with an underscore is a reference to another variable.
  if (/^[A-Z][A-Z0-9]{0,64}_[A-Z0-9_]{1,128}$/.test(value)) return true;
  // A file path with at least two separators (GOOGLE_APPLICATION_CREDENTIALS=/path/key.json).
  if (/^(?:(?:~|\.{1,2})?\/|[A-Za-z]:\\)/.test(value) && !value.includes('://') && value.split(/[/\\]/).length >= 3) return true;
  return false;
}

/**
 * Passwords that gitleaks' curl-auth-user rule allows as obvious placeholders
 * (changeit, changeme, pass, password, pwd, test, token, *** and xxx).
 */
function isPlaceholderPassword(raw: string): boolean {
  if (raw.includes(MASK)) return true;
  const value = raw.replace(TRAILING_PUNCTUATION, '');
  return isPlaceholder(value) || /^(?:change(?:it|me)|pass(?:word)?|pwd|test|token|\*{1,64}|x{1,64})$/i.test(value);
}

// Sentence punctuation after a bare value (`password=ON.`) is not part of it.
const TRAILING_PUNCTUATION = /[.,:;!?)\]}`'"]{1,16}$/;

/** Masks a value, keeping its quotes and any sentence punctuation after it. */
function maskValue(value: string, placeholder: (value: string) => boolean = isPlaceholder): string {
  const first = value[0];
  if ((first === '"' || first === "'" || first === '`') && value.length >= 2) {
    const closed = value.endsWith(first);
    const inner = closed ? value.slice(1, -1) : value.slice(1);
    if (placeholder(inner)) return value;
    return first + MASK + (closed ? first : '');
  }
  if (placeholder(value)) return value;
  const tail = TRAILING_PUNCTUATION.exec(value);
  return MASK + (tail ? tail[0] : '');
}

/** Where the identifier that ends at `end` begins (at most 128 characters back). */
function identifierStart(text: string, end: number): number {
  let i = end;
  const stop = Math.max(0, end - 128);
  while (i > stop && /[A-Za-z0-9_.-]/.test(text[i - 1] ?? '')) i--;
  return i;
}

/**
 * The identifier starting at `start` is a key: it begins a line (after
 * indentation, a YAML `- ` or `export `), follows a quote, or follows `{`,
 * `,` or `(` as in a JSON or code object. A word in the middle of a sentence
 * (`using password: YES`) is not.
 */
function startsKey(text: string, start: number): boolean {
  const before = text[start - 1];
  if (start === 0 || before === '\n' || before === '"' || before === "'" || before === '{' || before === ',' || before === '(') return true;
  let i = start;
  const stop = Math.max(0, start - 72);
  while (i > stop && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  const prev = text[i - 1];
  if (i === 0 || prev === '\n' || prev === '\r' || prev === '{' || prev === ',') return true;
  if (prev === '-' && (i === 1 || /[\s]/.test(text[i - 2] ?? ''))) return true;
  return i >= 6 && text.slice(i - 6, i) === 'export' && (i === 6 || /\s/.test(text[i - 7] ?? ''));
}

// A quoted value (up to its closing quote on the same line) or a bare one.
const VALUE = `("[^"\\r\\n]{0,512}"?|'[^'\\r\\n]{0,512}'?|\`[^\`\\r\\n]{0,512}\`?|[^\\s"'\`,;&<>]+)`;

// Names that end an identifier holding a secret. `key`, `pwd`, `pw` and
// `auth` only count as the end of a longer name (API_KEY, DB_PWD, _auth), so
// `PWD=/home/me` (the shell's working directory) and `key=` alone stay.
const SECRET_SUFFIX = `(?:pass(?:word|wd|phrase)?|secret|token|credentials?|[A-Za-z0-9_.-]key|[_.-](?:pwd|pw|auth))`;

/** Private key blocks of every PEM kind; without an END line, to the end of the paste. */
const pemRule: RedactionRule = {
  id: 'private-key-pem',
  source: `${GITLEAKS} (private-key); ${DETECT_SECRETS} (private_key: RSA, EC, DSA, OPENSSH, PGP, PRIVATE, SSH2 ENCRYPTED); ${GITHUB} (non-provider: private keys)`,
  prefixes: ['-----BEGIN ', '-----BEGIN PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----\n'],
  re: /(-{4,5} ?BEGIN [A-Z0-9 _-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5})[\s\S]*?(-{4,5} ?END [A-Z0-9 _-]{0,40}PRIVATE KEY(?: BLOCK)? ?-{4,5}|$)/g,
  replace: (_match: string, begin: string, end: string) => `${begin}\n${MASK}${end ? `\n${end}` : ''}`,
};

/** PuTTY .ppk files: the private lines and their MAC. */
const puttyRule: RedactionRule = {
  id: 'private-key-putty',
  source: `${DETECT_SECRETS} (private_key: PuTTY-User-Key-File-2)`,
  prefixes: ['Private-Lines: 14\n', 'Private-MAC: '],
  re: /(Private-Lines: ?\d{1,5})[\s\S]*?(Private-MAC: ?(?:\[REDACTED\]|[0-9A-Fa-f]*)|$)/g,
  replace: (_match: string, lines: string, mac: string) => `${lines}\n${MASK}${mac ? `\nPrivate-MAC: ${MASK}` : ''}`,
};

const TOKEN_RULES: RedactionRule[] = [
  // AI providers first: Anthropic's prefix also starts with OpenAI's `sk-`.
  token('anthropic', `${GITLEAKS} (anthropic-api-key sk-ant-api03-, anthropic-admin-api-key sk-ant-admin01-); ${GITHUB} (Anthropic API Key, Admin API Key)`, ['sk-ant-'], 'sk-ant-', '[A-Za-z0-9_-]', 8),
  token('openai', `${GITLEAKS} (openai-api-key: sk-, sk-proj-, sk-svcacct-, sk-admin-); ${DETECT_SECRETS} (openai)`, ['sk-', 'sk-proj-'], 'sk-(?:proj-|svcacct-|admin-)?', '[A-Za-z0-9_-]', 20),
  token('huggingface', `${GITLEAKS} (huggingface-access-token hf_, huggingface-organization-api-token api_org_)`, ['hf_', 'api_org_'], 'hf_|api_org_', '[A-Za-z0-9]', 30),
  token('perplexity', `${GITLEAKS} (perplexity-api-key pplx-)`, ['pplx-'], 'pplx-', '[A-Za-z0-9]', 40),
  token('aws-bedrock-api-key', `${GITLEAKS} (aws-amazon-bedrock-api-key-long-lived ABSK)`, ['ABSK'], 'ABSK', '[A-Za-z0-9+/=]', 100),
  // Code hosts and registries.
  token('github', `${GITLEAKS} (github-pat ghp_, github-oauth gho_, github-app-token ghu_/ghs_, github-refresh-token ghr_); ${DETECT_SECRETS} (github_token); ${GITHUB}`, ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], 'gh[pousr]_', '[A-Za-z0-9]', 20),
  token('github-fine-grained', `${GITLEAKS} (github-fine-grained-pat github_pat_); ${GITHUB}`, ['github_pat_'], 'github_pat_', '[A-Za-z0-9_]', 20),
  token('gitlab', `${GITLEAKS} (gitlab-pat glpat-, gitlab-deploy-token gldt-, gitlab-feed-token glft-, gitlab-scim-token glsoat-, gitlab-runner-authentication-token glrt-, gitlab-cicd-job-token glcbt-, gitlab-incoming-mail-token glimt-, gitlab-ptt glptt-, gitlab-kubernetes-agent-token glagent-, gitlab-oauth-app-secret gloas-, gitlab-feature-flag-client-token glffct-); ${DETECT_SECRETS} (gitlab_token)`, ['glpat-', 'gldt-', 'glrt-', 'glcbt-', 'glptt-', 'glagent-', 'gloas-'], 'gl(?:pat|dt|ft|soat|rt|cbt|imt|ptt|agent|oas|ffct)-', '[A-Za-z0-9_.-]', 20),
  token('gitlab-runner-registration', `${GITLEAKS} (gitlab-rrt GR1348941); ${DETECT_SECRETS} (gitlab_token)`, ['GR1348941'], 'GR1348941', '[A-Za-z0-9_-]', 20),
  token('npm', `${GITLEAKS} (npm-access-token npm_); ${DETECT_SECRETS} (npm)`, ['npm_'], 'npm_', '[A-Za-z0-9]', 36),
  token('pypi', `${GITLEAKS} (pypi-upload-token pypi-AgEIcHlwaS5vcmc); ${DETECT_SECRETS} (pypi_token, also test.pypi.org)`, ['pypi-Ag'], 'pypi-(?=Ag)', '[A-Za-z0-9_-]', 50),
  token('docker-hub-pat', `${GITHUB} (Docker Personal Access Token); Docker Hub API docs show the dckr_pat_ prefix`, ['dckr_pat_'], 'dckr_pat_', '[A-Za-z0-9_-]', 12),
  token('rubygems', `${GITLEAKS} (rubygems-api-token rubygems_)`, ['rubygems_'], 'rubygems_', '[a-f0-9]', 48),
  token('postman', `${GITLEAKS} (postman-api-token PMAK-)`, ['PMAK-'], 'PMAK-', '[A-Za-z0-9-]', 40),
  // Chat and messaging.
  token('slack-token', `${GITLEAKS} (slack-bot-token xoxb-, slack-user-token xoxp-/xoxe-, slack-legacy-* xoxa-/xoxo-/xoxr-/xoxs-, slack-app-token xapp-); ${DETECT_SECRETS} (slack)`, ['xoxb-', 'xoxp-', 'xapp-'], 'xox[abeoprs]-|xapp-', '[A-Za-z0-9-]', 10),
  token('slack-webhook', `${GITLEAKS} (slack-webhook-url hooks.slack.com/services|workflows|triggers); ${DETECT_SECRETS} (slack)`, ['hooks.slack.com/services/'], 'hooks\\.slack\\.com/(?:services|workflows|triggers)/', '[A-Za-z0-9+/_-]', 8),
  token('discord-webhook', `${GITHUB} (Discord); Discord webhook URLs discord.com/api/webhooks/<id>/<token>`, ['discord.com/api/webhooks/'], 'discord(?:app)?\\.com/api(?:/v\\d{1,2})?/webhooks/\\d{1,24}/', '[A-Za-z0-9_-]', 20),
  // Payments.
  token('stripe', `${GITLEAKS} (stripe-access-token sk_/rk_ + test/live/prod); ${DETECT_SECRETS} (stripe sk_live_/rk_live_)`, ['sk_live_', 'sk_test_', 'rk_live_'], '[sr]k_(?:test|live|prod)_', '[A-Za-z0-9]', 10),
  token('sendgrid', `${GITLEAKS} (sendgrid-api-token SG.); ${DETECT_SECRETS} (sendgrid)`, ['SG.'], 'SG\\.', '[A-Za-z0-9_.=-]', 40),
  token('mailgun', `${GITLEAKS} (mailgun-private-api-token key-, mailgun-pub-key pubkey-)`, ['key-', 'pubkey-'], '(?:pub)?key-', '[a-f0-9]', 32, { max: 32 }),
  token('twilio', `${GITLEAKS} (twilio-api-key SK); ${DETECT_SECRETS} (twilio: AC account SID, SK API key)`, ['SK', 'AC'], 'SK|AC', '[0-9a-fA-F]', 32, { max: 32 }),
  // Cloud providers.
  token('aws-access-key-id', `${GITLEAKS} (aws-access-token AKIA/ASIA/ABIA/ACCA/A3T); ${DETECT_SECRETS} (aws); ${GITHUB} (Amazon AWS Access Key ID)`, ['AKIA', 'ASIA'], 'AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9]', '[A-Z0-9]', 16, { max: 16 }),
  token('google-api-key', `${GITLEAKS} (gcp-api-key AIza); ${GITHUB} (Google API Key)`, ['AIza'], 'AIza', '[A-Za-z0-9_-]', 30),
  token('google-oauth-client-secret', `${GITHUB} (Google OAuth Client ID / google_oauth_client_secret); GOCSPX- prefix`, ['GOCSPX-'], 'GOCSPX-', '[A-Za-z0-9_-]', 20),
  token('alibaba', `${GITLEAKS} (alibaba-access-key-id LTAI)`, ['LTAI'], 'LTAI', '[A-Za-z0-9]', 20),
  token('digitalocean', `${GITLEAKS} (digitalocean-pat dop_v1_, digitalocean-access-token doo_v1_, digitalocean-refresh-token dor_v1_)`, ['dop_v1_'], 'do[opr]_v1_', '[a-f0-9]', 64),
  token('heroku', `${GITLEAKS} (heroku-api-key-v2 HRKU-AA)`, ['HRKU-AA'], 'HRKU-AA', '[A-Za-z0-9_-]', 50),
  token('databricks', `${GITLEAKS} (databricks-api-token dapi)`, ['dapi'], 'dapi', '[a-f0-9]', 32, { max: 34 }),
  token('vault', `${GITLEAKS} (vault-service-token hvs., vault-batch-token hvb.)`, ['hvs.', 'hvb.'], 'hv[sb]\\.', '[A-Za-z0-9_-]', 90),
  token('planetscale', `${GITLEAKS} (planetscale-api-token pscale_tkn_, planetscale-oauth-token pscale_oauth_, planetscale-password pscale_pw_)`, ['pscale_tkn_'], 'pscale_(?:tkn|oauth|pw)_', '[A-Za-z0-9_.=-]', 32),
  token('doppler', `${GITLEAKS} (doppler-api-token dp.pt.)`, ['dp.pt.'], 'dp\\.pt\\.', '[A-Za-z0-9]', 40),
  token('pulumi', `${GITLEAKS} (pulumi-api-token pul-)`, ['pul-'], 'pul-', '[a-f0-9]', 40),
  token('shopify', `${GITLEAKS} (shopify-access-token shpat_, shopify-custom-access-token shpca_, shopify-private-app-access-token shppa_, shopify-shared-secret shpss_)`, ['shpat_'], 'shp(?:at|ca|pa|ss)_', '[a-fA-F0-9]', 32),
  token('square', `${GITLEAKS} (square-access-token sq0atp-); ${DETECT_SECRETS} (square_oauth sq0csp-)`, ['sq0atp-', 'sq0csp-'], 'sq0(?:atp|csp)-', '[A-Za-z0-9_-]', 22),
  token('sentry', `${GITLEAKS} (sentry-user-token sntryu_, sentry-org-token sntrys_)`, ['sntryu_', 'sntrys_'], 'sntry[us]_', '[A-Za-z0-9+/=_]', 40),
  token('grafana', `${GITLEAKS} (grafana-cloud-api-token glc_, grafana-service-account-token glsa_)`, ['glc_', 'glsa_'], 'glc_|glsa_', '[A-Za-z0-9+/=_]', 32),
  token('linear', `${GITLEAKS} (linear-api-key lin_api_)`, ['lin_api_'], 'lin_api_', '[A-Za-z0-9]', 40),
  token('notion', `${GITLEAKS} (notion-api-token ntn_)`, ['ntn_'], 'ntn_', '[A-Za-z0-9]', 40),
  token('new-relic', `${GITLEAKS} (new-relic-user-api-key NRAK-)`, ['NRAK-'], 'NRAK-', '[A-Za-z0-9]', 27),
  token('atlassian', `${GITLEAKS} (atlassian-api-token ATATT3)`, ['ATATT3'], 'ATATT3', '[A-Za-z0-9_=-]', 100),
  token('age-secret-key', `${GITLEAKS} (age-secret-key AGE-SECRET-KEY-1)`, ['AGE-SECRET-KEY-1'], 'AGE-SECRET-KEY-1', '[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]', 58),
  token('azure-ad-client-secret', `${GITLEAKS} (azure-ad-client-secret ...Q~); ${GITHUB} (Azure Active Directory Application Secret)`, ['abc8Q~'], '[A-Za-z0-9_~.]{3}\\dQ~', '[A-Za-z0-9_~.-]', 31, { keep: false }),
  // JSON Web Tokens: header.payload.signature, the first two base64url JSON
  // objects ("eyJ" is `{"`). The parts are matched greedily and checked in
  // the replacer, so a long run without dots costs one pass.
  {
    id: 'jwt',
    source: `${GITLEAKS} (jwt); ${DETECT_SECRETS} (jwt)`,
    prefixes: ['eyJ', 'eyJ.eyJ.'],
    re: new RegExp(`${START}(eyJ[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*\\.?[A-Za-z0-9_-]*)`, 'g'),
    replace: (match: string, before: string, jwt: string) => {
      const parts = jwt.split('.');
      if (parts.length !== 3 || parts[0]!.length < 10 || !parts[1]!.startsWith('ey') || parts[1]!.length < 10) return match;
      return before + MASK;
    },
  },
  // Discord bot tokens: base64 user id, a dot, 6 characters, a dot, the HMAC.
  {
    id: 'discord-bot-token',
    source: `${DETECT_SECRETS} (discord: [MNO]...{23,25}.{6}.{27}); ${GITHUB} (Discord Bot Token)`,
    prefixes: ['MTA', 'Nz'],
    re: new RegExp(`${START}[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6,7}\\.[A-Za-z0-9_-]{27,}`, 'g'),
    replace: (_match: string, before: string) => before + MASK,
  },
];

/**
 * `Authorization:` headers of every scheme; the scheme is kept, the
 * credentials are masked. Schemes with parameters (Digest, AWS4-HMAC-SHA256,
 * OAuth, ...) are masked to the end of the value; the others (Bearer, Basic,
 * token, ...) up to the first space. A value that is rejected (a placeholder)
 * only consumes its first word, so a later header on the same line is still
 * seen.
 */
const authorizationRule: RedactionRule = {
  id: 'authorization-header',
  source: `${GITHUB} (non-provider: HTTP basic and bearer authentication headers); ${GITLEAKS} (curl-auth-header)`,
  prefixes: ['Authorization: ', 'Authorization: Bearer ', '"Authorization": "', 'Authorization: Digest '],
  re: new RegExp(
    `${START}((?:proxy-)?authorization)(["']?[ \\t]{0,16}[:=][ \\t]{0,16})(["']?)` +
      `(?:((?:digest|aws4-hmac-sha256|oauth|signature|hoba|mutual)[ \\t]{1,8})([^\\r\\n]{0,4096})` +
      `|([A-Za-z][A-Za-z0-9._-]{0,40}[ \\t]{1,8})([^\\s"'\`]{1,4096})` +
      `|([^\\s"'\`]{0,4096}))`,
    'gi',
  ),
  replace: (
    match: string,
    before: string,
    name: string,
    sep: string,
    quote: string,
    paramScheme: string | undefined,
    params: string | undefined,
    scheme: string | undefined,
    schemeWord: string | undefined,
    bareWord: string | undefined,
  ) => {
    const head = `${before}${name}${sep}${quote}`;
    if (paramScheme !== undefined) {
      const text = params ?? '';
      // Digest parameters are quoted themselves, so only a closing quote of a
      // quoted header (or a backtick) ends them.
      const stop = quote ? text.indexOf(quote) : /^digest/i.test(paramScheme) ? text.indexOf('`') : text.search(/["'`]/);
      const end = stop < 0 ? text.length : stop;
      const value = text.slice(0, end).trim();
      const first = value.split(/\s/)[0] ?? '';
      if (value === '' || value === MASK || (!first.includes(MASK) && isPlaceholder(first))) return match;
      return `${head}${paramScheme}${MASK}${text.slice(end)}`;
    }
    const word = scheme !== undefined ? (schemeWord ?? '') : (bareWord ?? '');
    if (isPlaceholder(word)) return match;
    if (scheme === undefined && /^(?:bearer|basic|token|digest|negotiate|ntlm)$/i.test(word)) return match;
    const tail = TRAILING_PUNCTUATION.exec(word);
    return `${head}${scheme ?? ''}${MASK}${tail && !/^[=]+$/.test(tail[0]) ? tail[0] : ''}`;
  },
};

/** `Bearer <token>` and `Basic <base64>` outside a header. */
const bearerRule: RedactionRule = {
  id: 'bearer-basic-credentials',
  source: `${GITHUB} (non-provider: HTTP bearer and basic authentication headers)`,
  prefixes: ['Bearer ', 'Basic '],
  re: new RegExp(`${START}([Bb]earer|[Bb]asic)([ \\t]{1,8})([A-Za-z0-9._~+/=-]*)`, 'g'),
  replace: (match: string, before: string, scheme: string, space: string, credentials: string, offset: number, text: string) => {
    if (credentials.length < 16 || text[offset + match.length] === '[') return match;
    return `${before}${scheme}${space}${MASK}`;
  },
};

/**
 * `scheme://user:password@host`, `redis://:password@host`, passwords
 * containing `/`, and a token used alone as the user (`https://<token>@host`).
 * The match starts at the literal `://` (the scheme before it is left as it
 * is), so ordinary text is scanned quickly.
 */
const urlUserinfoRule: RedactionRule = {
  id: 'url-userinfo',
  source: `${DETECT_SECRETS} (basic_auth: ://user:password@); ${GITHUB} (non-provider: database connection strings)`,
  prefixes: ['://', '://:', 'a://b:c@', ':@', 'https://a1b2c3d4e5f6g7h8i9j0@'],
  re: /:\/\/(?:([^\s:@/?#]{0,256}):([^\s@]{1,256})|([A-Za-z0-9_-]{20,256}))@/g,
  replace: (match: string, user: string | undefined, password: string | undefined, tokenUser: string | undefined) => urlUserinfo(match, user, password, tokenUser),
};

/**
 * One `://…@` match of the rule above. A match that is not a credential is
 * searched again from its next `://`: a longer false match (`://x://:secret@`)
 * must not hide a real one inside it, or a second redaction would find what
 * the first missed.
 */
function urlUserinfo(match: string, user: string | undefined, password: string | undefined, tokenUser: string | undefined): string {
  const keep = () => {
    const inner = match.indexOf('://', 3);
    return inner < 0 ? match : match.slice(0, inner) + match.slice(inner).replace(new RegExp(urlUserinfoRule.re.source, 'g'), urlUserinfoRule.replace as never);
  };
  if (tokenUser !== undefined) {
    // A long user with letters and digits is a token, not a name.
    return /[0-9]/.test(tokenUser) && /[A-Za-z]/.test(tokenUser) && !tokenUser.includes(MASK) ? `://${MASK}@` : keep();
  }
  // host:port/path@... is a port and a path, not a password.
  if (password === undefined || /^\d{1,5}(?:[/?#]|$)/.test(password)) return keep();
  if (isPlaceholderPassword(password)) return keep();
  return `://${user ?? ''}:${MASK}@`;
}

/** Commands whose password flag is unambiguous, with curl's `-u user:password`. */
const commandRule: RedactionRule = {
  id: 'command-password-flags',
  source: `${GITLEAKS} (curl-auth-user: curl -u/--user user:password); command-line password flags of mysql (-pPASSWORD), docker/podman login (-p), sshpass (-p), redis-cli (-a)`,
  prefixes: ['curl ', 'curl -u ', 'mysql ', 'docker login ', 'sshpass ', 'redis-cli '],
  // The command word, then the rest of its line with backslash continuations.
  re: new RegExp(`${START}(curl|mysql|mysqldump|mysqladmin|mariadb|sshpass|redis-cli|(?:docker|podman|nerdctl|buildah|helm registry)[ \\t]{1,8}login)(?![A-Za-z0-9_-])((?:\\\\\\r?\\n|[^\\r\\n])*)`, 'g'),
  replace: (_match: string, before: string, command: string, rest: string) => {
    const mask = (m: string, flag: string, value: string) => {
      const masked = maskValue(value, isPlaceholderPassword);
      return masked === value ? m : flag + masked;
    };
    // A value: quoted, or a run of characters that are not space or a backtick.
    const value = `("[^"\\r\\n]{1,512}"|'[^'\\r\\n]{1,512}'|[^\\s\`"',;)\\]}][^\\s\`]{0,511})`;
    let out = rest;
    if (command === 'curl') {
      out = out.replace(/(\s(?:-u|--user)(?:=|[ \t]{1,8})["']?[^\s"':]{0,256}:)([^\s"'`]{1,512})/g, mask);
    } else if (command.startsWith('mysql') || command === 'mariadb') {
      // -pSECRET (attached); a bare -p prompts and is left alone.
      out = out.replace(new RegExp(`(\\s-p)${value}`, 'g'), mask);
    } else if (command === 'sshpass') {
      out = out.replace(new RegExp(`(\\s-p[ \\t]{0,8})${value}`, 'g'), mask);
    } else if (command === 'redis-cli') {
      out = out.replace(new RegExp(`(\\s(?:-a|--pass)[ \\t]{1,8})${value}`, 'g'), mask);
    } else {
      out = out.replace(new RegExp(`(\\s(?:-p|--password)(?:=|[ \\t]{1,8}))${value}`, 'g'), mask);
    }
    return before + command + out;
  },
};

/** `.netrc`: `machine host login user password secret`, on one line or several. */
const netrcRule: RedactionRule = {
  id: 'netrc-password',
  source: '.netrc format (machine, login and password tokens, as read by curl, git and ftp)',
  prefixes: ['machine ', 'machine a login b password ', 'default login a password '],
  re: new RegExp(
    `${START}((?:machine[ \\t]{1,16}[^\\s]{1,256}|default)\\s{1,64}login[ \\t]{1,16}[^\\s]{1,256}\\s{1,64}password[ \\t]{1,16}` +
      `|(?:machine[ \\t]{1,16}[^\\s]{1,256}|default)\\s{1,64}password[ \\t]{1,16})([^\\s\`]+)`,
    'g',
  ),
  replace: (match: string, before: string, head: string, password: string) => {
    const masked = maskValue(password, isPlaceholderPassword);
    return masked === password ? match : `${before}${head}${masked}`;
  },
};

/**
 * `--api-key VALUE`, `--token VALUE` and similar flags that always take a
 * value. The match starts at the flag's last word; the replacer checks that
 * the word ends a `--flag` that follows a space.
 */
const flagRule: RedactionRule = {
  id: 'secret-flag',
  source: `${GITLEAKS} (generic-api-key: key, token, secret names), for space-separated command-line flags`,
  prefixes: ['--token ', '--api-key '],
  re: /(token|secret|api-?key|access-key|secret-key|auth-key)([ \t]{1,8})([^\s-][^\s]{0,511})/g,
  replace: (match: string, word: string, space: string, value: string, offset: number, text: string) => {
    let start = offset;
    const stop = Math.max(0, offset - 48);
    while (start > stop && /[A-Za-z0-9-]/.test(text[start - 1] ?? '')) start--;
    const flag = text.slice(start, offset) + word;
    if (!flag.startsWith('--') || (start > 0 && !/\s/.test(text[start - 1] ?? ''))) return match;
    if (/^--(?:no|with|show|ask|print|prompt|use)-/.test(flag) || isPlaceholder(value)) return match;
    return `${word}${space}${MASK}`;
  },
};

/**
 * `NAME=value` (and `:=`, `=>`) for names that end in a secret word, inside
 * any identifier: AWS_SECRET_ACCESS_KEY=, aws_secret_access_key = , DB_PASSWORD=,
 * export FOO_API_KEY=, _authToken=, _auth=, _password=, AccountKey=, ?token=.
 */
const assignmentRule: RedactionRule = {
  id: 'secret-assignment',
  source: `${GITLEAKS} (generic-api-key: access, auth, api, credential, creds, key, password, secret, token); ${DETECT_SECRETS} (keyword; npm _authToken; azure_storage_key AccountKey=)`,
  prefixes: ['API_KEY=', 'a=', 'password=', '_authToken='],
  re: new RegExp(`(${SECRET_SUFFIX})(["']?[ \\t]{0,16}(?:=>|:=|=)[ \\t]{0,16})${VALUE}`, 'gi'),
  replace: (match: string, name: string, sep: string, value: string) => {
    if (sep.trimEnd().endsWith('=') && value.startsWith('=')) return match; // `==` is a comparison
    const masked = maskValue(value);
    return masked === value ? match : `${name}${sep}${masked}`;
  },
};

/**
 * `NAME: value` (YAML, JSON, HTTP headers) for the same names. The name must
 * be a key: at the start of a line, quoted, or after `{`, `,` or `(`, so
 * error text such as `(using password: YES)`, `Unexpected token: ...` or
 * `caching_sha2_password: for ...` is left alone. An unquoted key needs a
 * space after its colon, as in YAML and HTTP headers (`app-secret:1.0` is an
 * image tag and `${API_KEY:-}` a shell expansion).
 */
const colonRule: RedactionRule = {
  id: 'secret-key-value',
  source: `${GITLEAKS} (generic-api-key); ${DETECT_SECRETS} (keyword)`,
  prefixes: ['x-api-key: ', 'FOO_TOKEN: ', '"api_key": "', 'password: '],
  re: new RegExp(`(pass(?:word|wd|phrase)?|secret|token|credentials?|key|pwd|pw)(["']?[ \\t]{0,16}:[ \\t]{0,16})${VALUE}`, 'gi'),
  replace: (match: string, word: string, sep: string, value: string, offset: number, text: string) => {
    if (isWordChar(text.charCodeAt(offset + word.length))) return match;
    const start = identifierStart(text, offset);
    const name = text.slice(start, offset + word.length);
    const lower = word.toLowerCase();
    // key, pwd and pw only end a longer name (x-api-key, DB_PWD).
    if ((lower === 'key' || lower === 'pwd' || lower === 'pw') && name.length === word.length) return match;
    if ((lower === 'pwd' || lower === 'pw') && !/[_.-]/.test(name[name.length - word.length - 1] ?? '')) return match;
    if (!startsKey(text, start)) return match;
    const quoted = text[start - 1] === '"' || text[start - 1] === "'";
    if (!quoted && !/[ \t]$/.test(sep)) return match;
    const masked = maskValue(value);
    return masked === value ? match : `${word}${sep}${masked}`;
  },
};

/**
 * Every rule, in the order it runs. Token rules come first so a recognised
 * prefix survives; the structural rules after them skip values that already
 * hold a mask.
 */
export const REDACTION_RULES: readonly RedactionRule[] = [
  pemRule,
  puttyRule,
  ...TOKEN_RULES,
  urlUserinfoRule,
  commandRule,
  netrcRule,
  flagRule,
  assignmentRule,
  colonRule,
  // Last: they mask a whole header value, after the rules above have masked
  // what they know inside it, so a second run finds nothing new.
  authorizationRule,
  bearerRule,
];

/** The text with anything that looks like a secret replaced by `[REDACTED]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const rule of REDACTION_RULES) {
    rule.re.lastIndex = 0;
    out = out.replace(rule.re, rule.replace);
  }
  return out;
}
