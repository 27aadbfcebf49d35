// How redaction time grows with paste size. For each rule's prefixes, and for
// a few shapes that make regular expressions backtrack, times redactSecrets on
// a 100 KB and a 1 MB input made of that text repeated, and prints the ratio:
// about 10x is linear; anything over 15x is flagged (and the exit code is 1).
// Run from the repository root: node_modules/.bin/node bench/redact.mjs
//
// Times are the process's CPU time (user + system), not wall-clock time, so
// other processes on a busy machine do not inflate them. The 100 KB input is
// redacted ten times per measurement, so both measurements do the same amount
// of work; each is the best of several repeats.
import { REDACTION_RULES, redactSecrets } from '../src/lib/redact.ts';

const SMALL = 100_000;
const LARGE = 1_000_000;
const LIMIT = 15;

const inputs = new Map();
for (const rule of REDACTION_RULES) {
  for (const prefix of rule.prefixes) inputs.set(`${rule.id}: ${JSON.stringify(prefix)}`, prefix);
  // The prefix followed by a short body, so the rule gets as far as its replacer.
  inputs.set(`${rule.id}: prefix + body`, `${rule.prefixes[0]}a1B2c3D4e5F6g7H8 `);
}
const adversarial = {
  'a= repeated': 'a=',
  'password= repeated': 'password=',
  'KEY: repeated': 'KEY: ',
  '-----BEGIN repeated': '-----BEGIN ',
  'BEGIN header, no END': '-----BEGIN RSA PRIVATE KEY-----\n',
  ':// repeated': '://',
  ':@ repeated': ':@',
  'a://b: repeated': 'a://b:',
  'one letter': 'a',
  'one digit': '7',
  'identifier run': 'AWS_SECRET_ACCESS_',
  'quote repeated': '"',
  'Authorization: repeated': 'Authorization: ',
  'curl -u repeated': 'curl -u ',
  'eyJ. repeated': 'eyJ.',
  'newlines and spaces': ' \n\t',
};
for (const [name, unit] of Object.entries(adversarial)) inputs.set(`adversarial: ${name}`, unit);

const of = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
/** CPU milliseconds for one redaction of `text`, as the best of `repeats` batches of `batch` runs. */
const time = (text, batch, repeats) => {
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i++) redactSecrets(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / batch);
  }
  return best;
};

time(of('warm up AKIA ghp_ password=x ', SMALL), 5, 1);
const width = Math.max(...[...inputs.keys()].map((name) => name.length));
console.log(`${'input (CPU ms per redaction)'.padEnd(width)}  ${'100 KB'.padStart(9)}  ${'1 MB'.padStart(9)}  ratio`);
let flagged = 0;
for (const [name, unit] of inputs) {
  const smallText = of(unit, SMALL);
  const largeText = of(unit, LARGE);
  redactSecrets(smallText); // flattens the string and warms the rules up
  redactSecrets(largeText);
  const small = time(smallText, 10, 3);
  const large = time(largeText, 1, 3);
  const ratio = large / Math.max(small, 0.05);
  const flag = ratio > LIMIT ? `  <-- over ${LIMIT}x` : '';
  if (flag) flagged++;
  console.log(`${name.padEnd(width)}  ${small.toFixed(1).padStart(6)} ms  ${large.toFixed(1).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}x${flag}`);
}
console.log(flagged ? `${flagged} input(s) grew faster than linear.` : `All ${inputs.size} inputs grew linearly (ratio at most ${LIMIT}x).`);
process.exitCode = flagged ? 1 : 0;
