import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesOf, readContentTree } from '../../src/node/content-files.ts';
import { MASK, REDACTION_RULES, redactSecrets } from '../../src/lib/redact.ts';

// Every secret below is assembled at run time from harmless pieces, so no
// string in this file looks like a real credential to a secret scanner (or to
// GitHub push protection). None of them is or was ever a working credential.
const cycle = (alphabet: string, n: number) => alphabet.repeat(Math.ceil(n / alphabet.length)).slice(0, n);
const alnum = (n: number) => cycle('q7Rk2XmP9vT4wZ8bN3cL6hY5', n);
const upper = (n: number) => cycle('Q7RK2XMP9VT4WZ8BN3CL6HY5', n);
const lower = (n: number) => cycle('qrkxmpvtwzbnclhy', n);
const hex = (n: number) => cycle('f3a9c07e41d8b562', n);
const digits = (n: number) => cycle('7308125964', n);
const b64 = (n: number) => cycle('Qk7+Rz2/Xm9Pv4Tw8Zb3Nc6L', n);
const b64url = (n: number) => cycle('Qk7-Rz2_Xm9Pv4Tw8Zb3Nc6L', n);
const join = (...parts: string[]) => parts.join('');
const pem = (kind: string, suffix = '') => {
  const label = [kind, 'PRIVATE', 'KEY'].filter(Boolean).join(' ') + suffix;
  const dashes = '-'.repeat(5);
  return { begin: `${dashes}BEGIN ${label}${dashes}`, end: `${dashes}END ${label}${dashes}`, body: [b64(64), b64(64), b64(20)] };
};

interface Row {
  /** The form, as the report names it. */
  form: string;
  input: string;
  /** Parts that must be gone after redaction. */
  secrets: string[];
  /** Text around the secret that must stay (the key name, the error line). */
  kept: string[];
}

const rows: Row[] = [];
const add = (form: string, input: string, secrets: string[], kept: string[]) => rows.push({ form, input, secrets, kept });

// Cloud providers
{
  const id = join('AK', 'IA', upper(16));
  add('AWS access key id (AKIA)', `AWS_ACCESS_KEY_ID=${id} aws s3 ls`, [id.slice(4)], ['AWS_ACCESS_KEY_ID=', 'AKIA', 'aws s3 ls']);
  const tmp = join('AS', 'IA', upper(16));
  add('AWS temporary access key id (ASIA)', `An error occurred (ExpiredToken) for ${tmp}`, [tmp.slice(4)], ['An error occurred (ExpiredToken) for ASIA']);
  const secret = b64(40);
  add('AWS secret access key, env (AWS_SECRET_ACCESS_KEY=)', `export AWS_SECRET_ACCESS_KEY=${secret}\nUnable to locate credentials`, [secret], ['export AWS_SECRET_ACCESS_KEY=', 'Unable to locate credentials']);
  add('AWS secret access key, ini (aws_secret_access_key = )', `[default]\naws_secret_access_key = ${secret}\nregion = us-east-1`, [secret], ['[default]', 'aws_secret_access_key = ', 'region = us-east-1']);
  const session = b64(120);
  add('AWS session token (aws_session_token = )', `aws_session_token = ${session}`, [session], ['aws_session_token = ']);
  const bedrock = join('AB', 'SK', b64(130));
  add('Amazon Bedrock API key (ABSK)', `AWS_BEARER_TOKEN_BEDROCK=${bedrock}`, [bedrock.slice(4)], ['AWS_BEARER_TOKEN_BEDROCK=']);
  const accountKey = b64(86) + '==';
  add('Azure storage connection string (AccountKey=)', `DefaultEndpointsProtocol=https;AccountName=errata;AccountKey=${accountKey};EndpointSuffix=core.windows.net`, [b64(86)], ['AccountName=errata', 'AccountKey=', ';EndpointSuffix=core.windows.net']);
  const adSecret = join('abc', '8', 'Q~', alnum(34));
  add('Azure AD client secret (…Q~)', `ClientSecretCredential failed: secret ${adSecret} is expired`, [adSecret], ['ClientSecretCredential failed: secret', 'is expired']);
  const aiza = join('AI', 'za', alnum(35));
  add('Google API key (AIza)', `Error fetching from https://generativelanguage.googleapis.com/v1beta/models?key=${aiza}: [400 Bad Request] API key not valid.`, [aiza.slice(4)], ['?key=AIza', '[400 Bad Request] API key not valid.']);
  const gocspx = join('GOC', 'SPX-', alnum(28));
  add('Google OAuth client secret (GOCSPX-)', `"client_secret": "${gocspx}", "redirect_uris": ["http://localhost"]`, [gocspx.slice(7)], ['"client_secret": "', '"redirect_uris": ["http://localhost"]']);
  const ltai = join('LT', 'AI', alnum(20));
  add('Alibaba Cloud AccessKey ID (LTAI)', `InvalidAccessKeyId.NotFound: ${ltai}`, [ltai.slice(4)], ['InvalidAccessKeyId.NotFound: LTAI']);
  const doToken = join('dop', '_v1_', hex(64));
  add('DigitalOcean token (dop_v1_)', `Error: GET https://api.digitalocean.com/v2/account: 401 (token ${doToken})`, [hex(64)], ['https://api.digitalocean.com/v2/account: 401']);
  const heroku = join('HRKU', '-AA', alnum(58));
  add('Heroku API key (HRKU-AA)', `HEROKU_API_KEY=${heroku}`, [alnum(58)], ['HEROKU_API_KEY=']);
}

// AI providers
{
  const ant = join('sk', '-ant-', 'api03-', b64url(93), 'AA');
  add('Anthropic API key (sk-ant-)', `x-api-key: ${ant}\nError: 401 {"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}`, [b64url(93), 'api03'], ['sk-ant-[REDACTED]', 'invalid x-api-key']);
  const proj = join('sk', '-proj-', b64url(74), 'T3Blbk', 'FJ', b64url(74));
  add('OpenAI project key (sk-proj-)', `OPENAI_API_KEY=${proj}`, [b64url(74)], ['OPENAI_API_KEY=', 'sk-proj-']);
  const legacy = join('sk', '-', alnum(20), 'T3Blbk', 'FJ', alnum(20));
  add('OpenAI key (sk-)', `openai.AuthenticationError: Incorrect API key provided: ${legacy}. You can find your API key at https://platform.openai.com/account/api-keys.`, [alnum(20)], ['Incorrect API key provided: sk-', 'You can find your API key at https://platform.openai.com/account/api-keys.']);
  const hf = join('hf', '_', cycle('qWeRtYuIoPaSdFgHjKlZxCvBnM', 34));
  add('Hugging Face token (hf_)', `huggingface_hub.errors.HfHubHTTPError: 401 Client Error. token=${hf}`, [hf.slice(3)], ['401 Client Error.', 'hf_']);
  const hfOrg = join('api', '_org_', cycle('qWeRtYuIoPaSdFgHjKlZxCvBnM', 34));
  add('Hugging Face organization token (api_org_)', `Authorization failed for ${hfOrg}`, [hfOrg.slice(8)], ['Authorization failed for api_org_']);
  const pplx = join('pp', 'lx-', alnum(48));
  add('Perplexity API key (pplx-)', `PERPLEXITY_KEY=${pplx}`, [alnum(48)], ['PERPLEXITY_KEY=']);
}

// Code hosts, registries and CI
{
  const ghp = join('gh', 'p_', alnum(36));
  add('GitHub personal access token (ghp_)', `remote: Invalid username or token. Password authentication is not supported.\nfatal: Authentication failed for 'https://${ghp}@github.com/o/r.git/'`, [alnum(36)], ['remote: Invalid username or token.', 'ghp_', '@github.com/o/r.git/']);
  const gho = join('gh', 'o_', alnum(36));
  add('GitHub OAuth token (gho_)', `GH_TOKEN=${gho} gh auth status`, [alnum(36)], ['GH_TOKEN=gho_', 'gh auth status']);
  const ghu = join('gh', 'u_', alnum(36));
  add('GitHub user-to-server token (ghu_)', `token: ${ghu}`, [alnum(36)], ['token: ghu_']);
  const ghs = join('gh', 's_', alnum(36));
  add('GitHub app installation token (ghs_)', `git clone https://x-access-token:${ghs}@github.com/o/r.git`, [alnum(36)], ['https://x-access-token:ghs_', '@github.com/o/r.git']);
  const ghr = join('gh', 'r_', alnum(36));
  add('GitHub refresh token (ghr_)', `refresh_token=${ghr}&grant_type=refresh_token`, [alnum(36)], ['refresh_token=ghr_', '&grant_type=refresh_token']);
  const fine = join('github', '_pat_', alnum(22), '_', alnum(59));
  add('GitHub fine-grained token (github_pat_)', `Bad credentials for ${fine}`, [alnum(59)], ['Bad credentials for github_pat_']);
  const glpat = join('gl', 'pat-', alnum(20));
  add('GitLab personal access token (glpat-)', `fatal: unable to access 'https://oauth2:${glpat}@gitlab.com/g/r.git/': The requested URL returned error: 403`, [alnum(20)], ['https://oauth2:glpat-', '@gitlab.com/g/r.git/', 'The requested URL returned error: 403']);
  const glrt = join('gl', 'rt-', alnum(20));
  add('GitLab runner token (glrt-)', `token = "${glrt}"`, [alnum(20)], ['token = "glrt-']);
  const gldt = join('gl', 'dt-', alnum(20));
  add('GitLab deploy token (gldt-)', `docker login -u gitlab+deploy-token-1 --password-stdin <<< ${gldt}`, [alnum(20)], ['docker login -u gitlab+deploy-token-1 --password-stdin', 'gldt-']);
  const grt = join('GR13', '48941', alnum(20));
  add('GitLab runner registration token (GR1348941)', `gitlab-runner register --registration-token ${grt}`, [alnum(20)], ['gitlab-runner register --registration-token']);
  const npmToken = join('np', 'm_', alnum(36));
  add('npm access token (npm_)', `npm ERR! code E401\nnpm ERR! token ${npmToken}`, [alnum(36)], ['npm ERR! code E401', 'npm_']);
  add('.npmrc _authToken=', `//registry.npmjs.org/:_authToken=${npmToken}\nnpm ERR! 403 Forbidden`, [alnum(36)], ['//registry.npmjs.org/:_authToken=npm_', 'npm ERR! 403 Forbidden']);
  const uuidToken = [hex(8), hex(4), hex(4), hex(4), hex(12)].join('-');
  add('.npmrc _authToken= (legacy UUID token)', `//npm.example.com/:_authToken=${uuidToken}`, [uuidToken], ['//npm.example.com/:_authToken=']);
  const basic = b64(32) + '=';
  add('.npmrc _auth=', `registry=https://npm.example.com/\n_auth=${basic}\nalways-auth=true`, [b64(32)], ['registry=https://npm.example.com/', '_auth=', 'always-auth=true']);
  add('.npmrc _password=', `//npm.example.com/:username=ci\n//npm.example.com/:_password=${basic}`, [b64(32)], ['//npm.example.com/:username=ci', '//npm.example.com/:_password=']);
  const pypi = join('py', 'pi-', 'AgEIcHlwaS5vcmc', b64url(70));
  add('PyPI token (pypi-)', `[pypi]\nusername = __token__\npassword = ${pypi}`, [b64url(70)], ['username = __token__', 'password = pypi-']);
  const dckr = join('dckr', '_pat_', b64url(27));
  add('Docker Hub PAT (dckr_pat_)', `Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized (${dckr})`, [b64url(27)], ['Error response from daemon:', 'dckr_pat_']);
  const gems = join('rubygems', '_', hex(48));
  add('RubyGems API key (rubygems_)', `GEM_HOST_API_KEY: ${gems}`, [hex(48)], ['GEM_HOST_API_KEY: ']);
  const pmak = join('PM', 'AK-', hex(24), '-', hex(34));
  add('Postman API key (PMAK-)', `X-Api-Key: ${pmak}`, [hex(34)], ['X-Api-Key: ']);
}

// Chat, mail, payments and SaaS
{
  const xoxb = join('xo', 'xb-', digits(12), '-', digits(13), '-', alnum(24));
  add('Slack bot token (xoxb-)', `slack_sdk.errors.SlackApiError: invalid_auth for ${xoxb}`, [alnum(24)], ['SlackApiError: invalid_auth for xoxb-']);
  const xoxp = join('xo', 'xp-', digits(12), '-', digits(12), '-', digits(13), '-', hex(32));
  add('Slack user token (xoxp-)', `SLACK_TOKEN=${xoxp}`, [hex(32)], ['SLACK_TOKEN=']);
  const hook = join('https://hooks.slack.com/services/', 'T', upper(8), '/B', upper(10), '/', alnum(24));
  add('Slack webhook (hooks.slack.com/services/)', `curl -X POST ${hook} -d '{"text":"hi"}'`, [alnum(24), upper(8)], ['curl -X POST https://hooks.slack.com/services/', `-d '{"text":"hi"}'`]);
  const bot = join('M', b64url(25), '.', b64url(6), '.', b64url(38));
  add('Discord bot token', `discord.errors.LoginFailure: Improper token has been passed.\nclient.run("${bot}")`, [b64url(38)], ['Improper token has been passed.', 'client.run("']);
  const discordHook = join('https://discord.com/api/webhooks/', digits(19), '/', b64url(68));
  add('Discord webhook (discord.com/api/webhooks/)', `POST ${discordHook} 404`, [b64url(68)], ['POST https://discord.com/api/webhooks/', '404']);
  const sg = join('SG', '.', b64url(22), '.', b64url(43));
  add('SendGrid API key (SG.)', `SENDGRID_KEY=${sg}\npython_http_client.exceptions.UnauthorizedError: HTTP Error 401`, [b64url(43)], ['SENDGRID_KEY=', 'HTTP Error 401']);
  const mailgun = join('ke', 'y-', hex(32));
  add('Mailgun API key (key-)', `Mailgun request failed with ${mailgun}: Forbidden`, [hex(32)], ['Mailgun request failed with key-', ': Forbidden']);
  const twilioKey = join('S', 'K', hex(32));
  add('Twilio API key (SK)', `TwilioRestException: HTTP 401 error: Unable to authenticate ${twilioKey}`, [hex(32)], ['HTTP 401 error: Unable to authenticate SK']);
  const sid = join('A', 'C', hex(32));
  add('Twilio account SID and auth token (AC, TWILIO_AUTH_TOKEN=)', `TWILIO_ACCOUNT_SID=${sid}\nTWILIO_AUTH_TOKEN=${hex(32)}`, [hex(32)], ['TWILIO_ACCOUNT_SID=AC', 'TWILIO_AUTH_TOKEN=']);
  const live = ['sk', 'live', alnum(24)].join('_');
  add('Stripe live secret key (sk_live_)', `stripe.error.AuthenticationError: Invalid API Key provided: ${live}`, [alnum(24)], ['Invalid API Key provided: sk_live_']);
  const test = ['sk', 'test', alnum(24)].join('_');
  add('Stripe test secret key (sk_test_)', `STRIPE_SECRET_KEY=${test}`, [alnum(24)], ['STRIPE_SECRET_KEY=sk_test_']);
  const restricted = ['rk', 'live', alnum(24)].join('_');
  add('Stripe restricted key (rk_live_)', `"stripe_key": "${restricted}"`, [alnum(24)], ['"stripe_key": "rk_live_']);
  const shpat = join('shp', 'at_', hex(32));
  add('Shopify access token (shpat_)', `X-Shopify-Access-Token: ${shpat}`, [hex(32)], ['X-Shopify-Access-Token: ']);
  const sq = join('sq0', 'atp-', b64url(22));
  add('Square access token (sq0atp-)', `square: 401 UNAUTHORIZED ${sq}`, [b64url(22)], ['square: 401 UNAUTHORIZED sq0atp-']);
  const lin = join('lin', '_api_', alnum(40));
  add('Linear API key (lin_api_)', `LINEAR_API_KEY=${lin}`, [alnum(40)], ['LINEAR_API_KEY=']);
  const ntn = join('nt', 'n_', digits(11), alnum(35));
  add('Notion token (ntn_)', `APIResponseError: API token is invalid. (${ntn})`, [alnum(35)], ['APIResponseError: API token is invalid.']);
  const nrak = join('NR', 'AK-', upper(27));
  add('New Relic user API key (NRAK-)', `NEW_RELIC_API_KEY=${nrak}`, [upper(27)], ['NEW_RELIC_API_KEY=']);
  const atatt = join('ATA', 'TT3', b64url(186));
  add('Atlassian API token (ATATT3)', `jira: 401 for ${atatt}`, [b64url(186)], ['jira: 401 for ATATT3']);
  const sntry = join('sntr', 'yu_', hex(64));
  add('Sentry user token (sntryu_)', `SENTRY_AUTH_TOKEN=${sntry}`, [hex(64)], ['SENTRY_AUTH_TOKEN=']);
  const glsa = join('gl', 'sa_', alnum(32), '_', hex(8));
  add('Grafana service account token (glsa_)', `grafana: invalid API key ${glsa}`, [alnum(32)], ['grafana: invalid API key glsa_']);
}

// Infrastructure tokens
{
  const hvs = join('hv', 's.', b64url(95));
  add('HashiCorp Vault token (hvs.)', `Error making API request. Code: 403. Errors: * permission denied (VAULT_TOKEN ${hvs})`, [b64url(95)], ['Error making API request. Code: 403.', 'hvs.']);
  const dapi = join('da', 'pi', hex(32));
  add('Databricks token (dapi)', `databricks: Invalid access token ${dapi}`, [hex(32)], ['databricks: Invalid access token dapi']);
  const pscale = join('pscale', '_tkn_', b64url(43));
  add('PlanetScale token (pscale_tkn_)', `PLANETSCALE_SERVICE_TOKEN=${pscale}`, [b64url(43)], ['PLANETSCALE_SERVICE_TOKEN=']);
  const doppler = join('dp', '.pt.', alnum(43));
  add('Doppler token (dp.pt.)', `Doppler Error: Invalid Auth token ${doppler}`, [alnum(43)], ['Doppler Error: Invalid Auth token dp.pt.']);
  const pul = join('pu', 'l-', hex(40));
  add('Pulumi access token (pul-)', `PULUMI_ACCESS_TOKEN=${pul}`, [hex(40)], ['PULUMI_ACCESS_TOKEN=']);
  const age = join('AGE-SECRET', '-KEY-1', cycle('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58));
  add('age secret key (AGE-SECRET-KEY-1)', `# created: 2026-01-01\n${age}`, [cycle('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)], ['# created: 2026-01-01', 'AGE-SECRET-KEY-1']);
}

// Generic credentials: JWTs, private keys, headers, URLs, commands, assignments
{
  const jwt = join('ey', 'J', b64url(30), '.', 'ey', 'J', b64url(60), '.', b64url(43));
  add('JSON Web Token', `jwt.exceptions.ExpiredSignatureError: Signature has expired: ${jwt}`, [b64url(60), b64url(43)], ['ExpiredSignatureError: Signature has expired:']);
  for (const [kind, suffix] of [['RSA', ''], ['EC', ''], ['DSA', ''], ['OPENSSH', ''], ['ENCRYPTED', ''], ['', ''], ['PGP', ' BLOCK']] as const) {
    const key = pem(kind, suffix);
    add(
      `private key, ${kind || 'plain'} PEM block`,
      `Load key "id": invalid format\n${key.begin}\n${key.body.join('\n')}\n${key.end}\nPermission denied (publickey).`,
      key.body,
      ['Load key "id": invalid format', key.begin, key.end, 'Permission denied (publickey).'],
    );
  }
  {
    const key = pem('OPENSSH');
    add('private key without its END line', `${key.begin}\n${key.body.join('\n')}`, key.body, [key.begin]);
  }
  add('PuTTY private key (Private-Lines)', `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nPrivate-Lines: 3\n${b64(64)}\n${b64(64)}\n${b64(20)}\nPrivate-MAC: ${hex(40)}`, [b64(64), hex(40)], ['PuTTY-User-Key-File-2: ssh-rsa', 'Private-Lines: 3']);
  const netrcPassword = alnum(24);
  add('.netrc password (one line)', `machine api.github.com login octocat password ${netrcPassword}`, [netrcPassword], ['machine api.github.com login octocat password']);
  add('.netrc password (one token a line)', `machine example.com\n  login ci\n  password ${netrcPassword}\n`, [netrcPassword], ['machine example.com', 'login ci', 'password ']);
  const bearer = b64url(48);
  add('Authorization: Bearer', `> GET /v1/models HTTP/1.1\n> Authorization: Bearer ${bearer}\n< HTTP/1.1 401 Unauthorized`, [bearer], ['> Authorization: Bearer ', '< HTTP/1.1 401 Unauthorized']);
  const basicCredentials = b64(28) + '==';
  add('Authorization: Basic', `curl -H "Authorization: Basic ${basicCredentials}" https://api.example.com/v1`, [b64(28)], ['curl -H "Authorization: Basic ', '" https://api.example.com/v1']);
  add('Authorization: token', `"Authorization": "token ${hex(40)}"`, [hex(40)], ['"Authorization": "token ']);
  add('Authorization: Digest', `Authorization: Digest username="ci", realm="api", nonce="${hex(32)}", uri="/", response="${hex(32)}"`, [hex(32), 'username="ci"'], ['Authorization: Digest ']);
  const sigv4 = `Authorization: AWS4-HMAC-SHA256 Credential=${join('AK', 'IA', upper(16))}/20260101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${hex(64)}`;
  add('Authorization: AWS4-HMAC-SHA256', sigv4, [hex(64), upper(16)], ['Authorization: AWS4-HMAC-SHA256 ']);
  add('Proxy-Authorization header', `Proxy-Authorization: Basic ${basicCredentials}`, [b64(28)], ['Proxy-Authorization: Basic ']);
  add('Bearer token outside a header', `requests.exceptions.HTTPError: 401 Client Error (sent Bearer ${bearer})`, [bearer], ['401 Client Error (sent Bearer ']);
  const apiKey = alnum(40);
  add('x-api-key header', `curl https://api.example.com -H "x-api-key: ${apiKey}"`, [apiKey], ['-H "x-api-key: ', 'https://api.example.com']);
  const pw = join('Hu', 'nt', 'er2', lower(6));
  add('URL userinfo (postgres://user:password@host)', `error: password authentication failed for user "app"\nDATABASE_URL=postgres://app:${pw}@db.internal:5432/app`, [pw], ['password authentication failed for user "app"', 'postgres://app:', '@db.internal:5432/app']);
  add('URL userinfo without user (redis://:password@host)', `Error: NOAUTH Authentication required. redis://:${pw}@cache:6379/0`, [pw], ['NOAUTH Authentication required.', 'redis://:', '@cache:6379/0']);
  const slashPw = join(lower(5), '/', lower(4), '/', digits(3));
  add('URL userinfo, password containing /', `mongodb+srv://admin:${slashPw}@cluster0.example.net/test`, [slashPw, lower(5)], ['mongodb+srv://admin:', '@cluster0.example.net/test']);
  add('curl -u user:password', `curl -fsS -u deploy:${pw} https://ci.example.com/api/json\ncurl: (22) The requested URL returned error: 401`, [pw], ['curl -fsS -u deploy:', 'https://ci.example.com/api/json', 'curl: (22) The requested URL returned error: 401']);
  add('--password= flag', `pg_dump --username=app --password=${pw} app`, [pw], ['pg_dump --username=app --password=', ' app']);
  add('mysql -pPASSWORD', `mysql -u root -p${pw} -h 127.0.0.1\nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)`, [pw], ['mysql -u root -p', '-h 127.0.0.1', "(using password: YES)"]);
  add('docker login -p', `docker login -u ci -p ${pw} registry.example.com\nWARNING! Using --password via the CLI is insecure.`, [pw], ['docker login -u ci -p ', 'registry.example.com', 'WARNING! Using --password via the CLI is insecure.']);
  add('redis-cli -a', `redis-cli -h cache -a ${pw} ping\n(error) WRONGPASS invalid username-password pair`, [pw], ['redis-cli -h cache -a ', ' ping', '(error) WRONGPASS invalid username-password pair']);
  add('--api-key / --token flags', `vercel deploy --token ${apiKey}`, [apiKey], ['vercel deploy --token ']);
  add('export NAME_API_KEY=', `export FOO_API_KEY=${apiKey}`, [apiKey], ['export FOO_API_KEY=']);
  add('NAME_TOKEN: (YAML)', `env:\n  FOO_TOKEN: ${apiKey}\n  LOG_LEVEL: debug`, [apiKey], ['FOO_TOKEN: ', 'LOG_LEVEL: debug']);
  add('JSON "api_key": "..."', `{"api_key": "${apiKey}", "model": "gpt-4o"}`, [apiKey], ['{"api_key": "', '"model": "gpt-4o"}']);
  add('DB_PASSWORD=', `DB_HOST=db DB_PASSWORD=${pw} node server.js`, [pw], ['DB_HOST=db DB_PASSWORD=', 'node server.js']);
  add('GOOGLE_API_KEY=', `GOOGLE_API_KEY=${apiKey}`, [apiKey], ['GOOGLE_API_KEY=']);
  add('PGPASSWORD= before a command', `PGPASSWORD=${pw} psql -h localhost -U postgres`, [pw], ['PGPASSWORD=', 'psql -h localhost -U postgres']);
  add('SECRET_KEY = "..." (quoted, with spaces)', `SECRET_KEY = "${pw} with spaces"`, [pw, 'with spaces'], ['SECRET_KEY = "']);
  add('client_secret in a query string', `POST /oauth/token?client_id=abc&client_secret=${apiKey}&grant_type=client_credentials`, [apiKey], ['client_id=abc&client_secret=', '&grant_type=client_credentials']);
  add('URL userinfo, URL-encoded password', `postgresql://app:${join('p', '%40', lower(6), '%2F', digits(3))}@localhost/app`, [lower(6)], ['postgresql://app:', '@localhost/app']);
  add('NAME_CREDENTIALS=', `DOCKER_CREDENTIALS=${pw}`, [pw], ['DOCKER_CREDENTIALS=']);
  add('password: at the start of a YAML line', `services:\n  db:\n    password: ${pw}\n`, [pw], ['services:', 'password: ']);
}

describe('redactSecrets', () => {
  it('has one example of every form, and at least 40 forms', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    expect(new Set(rows.map((row) => row.form)).size).toBe(rows.length);
  });

  it('says where each rule comes from', () => {
    for (const rule of REDACTION_RULES) {
      expect(rule.source.length, rule.id).toBeGreaterThan(10);
      expect(rule.prefixes.length, rule.id).toBeGreaterThan(0);
    }
  });

  it.each(rows)('masks $form', ({ input, secrets, kept }) => {
    const out = redactSecrets(input);
    expect(out).toContain(MASK);
    for (const secret of secrets) expect(out).not.toContain(secret);
    for (const text of kept) expect(out).toContain(text);
    expect(redactSecrets(out)).toBe(out);
  });

  it('masks a private key without an END line to the end of the paste', () => {
    const key = pem('RSA');
    const paste = `Error: error:1E08010C:DECODER routines::unsupported\n${key.begin}\n${key.body.join('\n')}\nand whatever follows`;
    const out = redactSecrets(paste);
    expect(out).toBe(`Error: error:1E08010C:DECODER routines::unsupported\n${key.begin}\n${MASK}`);
    expect(redactSecrets(out)).toBe(out);
  });

  it('keeps what follows a complete private key block', () => {
    const key = pem('EC');
    const out = redactSecrets(`${key.begin}\n${key.body.join('\n')}\n${key.end}\nerror: bad key`);
    expect(out).toBe(`${key.begin}\n${MASK}\n${key.end}\nerror: bad key`);
  });

  it('redacting twice gives the same text as redacting once', () => {
    const all = rows.map((row) => row.input).join('\n');
    const once = redactSecrets(all);
    expect(redactSecrets(once)).toBe(once);
    // Found by the fuzz below: a false `://…@` match hid a real credential inside it.
    const nested = 'Authorization: Digest ://`://:hooks.slack.com/services/@';
    expect(redactSecrets(nested)).toBe(`Authorization: Digest ${MASK}\`://:${MASK}@`);
    expect(redactSecrets('see x://y://:s3cr3tpassw0rd@db.internal')).toBe(`see x://y://:${MASK}@db.internal`);
    // Random mixtures of rule prefixes, secret-like runs and separators.
    const prefixes = REDACTION_RULES.flatMap((rule) => rule.prefixes);
    const fragment = fc.oneof(
      fc.constantFrom(...prefixes, ' ', '\n', '=', ': ', '"', "'", '@', '/', '-----END PRIVATE KEY-----', MASK),
      fc.constantFrom(' -p', ' -a ', ' login ', ' password ', '${', '%s', '~/', 'C:\\', '`', ',', ';', '&', '?', '#', 'export ', '- ', '{', '(', '[', ']', ':', '.', '_', '-', '--'),
      fc.constantFrom(alnum(40), hex(40), b64(60), upper(16), digits(12)),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        const first = redactSecrets(parts.join(''));
        expect(redactSecrets(first)).toBe(first);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a PostgreSQL password error', 'psql: error: connection to server at "localhost" (::1), port 5432 failed: FATAL:  password authentication failed for user "postgres"'],
    ['the same error at the start of a line', 'password authentication failed for user "postgres"'],
    ['MySQL saying whether a password was used', "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)"],
    ['Claude Code asking to log in', 'Invalid API key · Please run /login'],
    ['an expired token', 'token expired\nError: OAuth token has expired. Please obtain a new token or refresh your existing token.'],
    ['an unexpected token', 'SyntaxError: Unexpected token \'<\', "<!DOCTYPE "... is not valid JSON\nUnexpected token: punc (()'],
    ['a KeyError', "KeyError: 'api_key'"],
    ['paths', '/home/me/.ssh/id_rsa\nC:\\Users\\me\\AppData\\Roaming\\npm\\node_modules\n~/.config/gh/hosts.yml'],
    ['URLs without credentials', 'https://registry.npmjs.org/@types%2fnode\nhttp://localhost:4873/@scope/pkg\ngit@github.com:owner/repo.git\nssh://git@github.com/owner/repo.git\nhttps://github.com/owner/repo/blob/main/README.md#install'],
    ['a placeholder password in a URL', 'HTTPS_PROXY=http://user:password@proxy.example.com:8080'],
    ['git SHAs', 'HEAD is now at 3f9c2a1b4d5e6f708192a3b4c5d6e7f8091a2b3c Merge branch main\nerror: cannot lock ref: 0123456789abcdef0123456789abcdef01234567'],
    ['UUIDs', 'Request ID: 5b7e8c2a-1f3d-4e6a-9b0c-2d4f6a8b0c1e\nrequest_id=req_011CQ7vR2xYzAbCdEfGhIjKl'],
    ['environment variable names and references', 'echo "${ANTHROPIC_API_KEY:+ANTHROPIC_API_KEY is set}"\nx-api-key: $ANTHROPIC_API_KEY\nenv_key = "MYGATEWAY_API_KEY"\nunset OPENAI_API_KEY'],
    ['token counts', 'max_tokens: 4096\n"max_tokens": 4096\nexport CLAUDE_CODE_MAX_OUTPUT_TOKENS=64000\nCLAUDE_CODE_MAX_OUTPUT_TOKENS: Capped from 128000 to 64000'],
    ['the working directory', 'PWD=/home/me/project\nOLDPWD=/home/me'],
    ['flags that are not passwords', 'docker run -p 8080:80 nginx\nmkdir -p dist\nmysql -u root -p\ndocker login -u me --password-stdin\nssh -p 2222 me@host\npsql -U postgres --password mydb'],
    ['image tags', 'image: myorg/app-secret:1.0\nFailed to pull image "rmeuser-auth:latest"'],
    ['boolean and placeholder values', 'Access-Control-Allow-Credentials: true\npassword: NO\napi_key=None\nAuthorization: Bearer ...\nAuthorization: Bearer $TOKEN\nPassword: ********'],
    ['prose about authentication', 'Basic authentication is not supported. Bearer token required.\nremote: Support for password authentication was removed on August 13, 2021.\nmysql_native_password is deprecated; caching_sha2_password: for Node.js use mysql2.'],
    ['ssh options and messages', 'ssh -o StrictHostKeyChecking=no -o PasswordAuthentication=no host\nHost key verification failed.\nOffending ECDSA key in /home/me/.ssh/known_hosts:3'],
    ['public keys and certificates', `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 me@host\n-----BEGIN CERTIFICATE-----\n${b64(64)}\n-----END CERTIFICATE-----`],
    ['identifiers that contain a token prefix', 'hf_hub_download failed\nnpm_config_cache=/tmp/npm\ntask-sk-learn-model\nfrom sklearn import svm'],
    ['a printf format in a command', `printf 'Authorization: Bearer %s\\n' "$OPENAI_API_KEY" | curl -s -H @- https://api.openai.com/v1/models`],
    ['a credentials file path', 'GOOGLE_APPLICATION_CREDENTIALS=/home/me/keys/service-account.json\nFile /home/me/keys/service-account.json was not found.'],
    ['npm and node errors', "npm ERR! code E401\nnpm ERR! Unable to authenticate, need: Basic realm=\"GitHub Package Registry\"\nError: listen EADDRINUSE: address already in use :::3000"],
  ])('leaves %s alone', (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });

  it('never throws and never changes a text it finds no secret in', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const out = redactSecrets(text);
        expect(typeof out).toBe('string');
        if (!out.includes(MASK)) expect(out).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});

// Pages whose body shows a made-up credential on purpose, to warn against
// typing it that way. Redaction masks it like any other; every other line of
// every page must come out unchanged.
const FAKE_EXAMPLES: Record<string, string[]> = {
  'mysql-error-1045-access-denied-for-user.mdx': ["Avoid `mysql -p'secret'` with the password on the command line"],
};

describe('redactSecrets on the pages', () => {
  const contentDir = path.resolve(import.meta.dirname, '../../content');
  const tree = readContentTree(contentDir);
  const pages = pagesOf(tree);

  it('reads every page', () => {
    expect(pages.length).toBe(tree.errors.length);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('leaves every signature, pattern, title and askedAs form unchanged', () => {
    for (const page of pages) {
      for (const text of [page.signature, ...page.patterns, page.title, ...(page.askedAs ?? [])]) {
        expect(redactSecrets(text), page.slug).toBe(text);
      }
    }
  });

  it('leaves the whole text of every page unchanged, apart from its listed made-up examples', () => {
    for (const file of tree.errors) {
      const name = path.basename(file.path);
      const before = file.text.split('\n');
      const after = redactSecrets(file.text).split('\n');
      expect(after.length, name).toBe(before.length);
      const changed = before.filter((line, i) => line !== after[i]);
      const allowed = FAKE_EXAMPLES[name] ?? [];
      expect(
        changed.filter((line) => !allowed.some((example) => line.includes(example))),
        name,
      ).toEqual([]);
      for (const example of allowed) expect(changed.some((line) => line.includes(example)), `${name}: ${example}`).toBe(true);
    }
  });
});
