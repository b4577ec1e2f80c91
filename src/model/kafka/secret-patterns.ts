/**
 * Where the secrets of a config are: literal values of secret keys, credential options of
 * JAAS configurations, passwords in URLs, PEM private keys and well-known token formats,
 * in the value of any key. Also decides which values are not secrets at all (provider
 * references, templates of other tools, placeholders) and which are well-known sample
 * values. docs/secrets.md is the reference for every decision made here.
 *
 * Nothing here returns or formats a secret: callers get offsets into the value and a
 * description of the kind of secret, and mask or report it themselves.
 */
import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';
import type { Span } from '../location.js';
import { parseJaasConfig } from './jaas.js';
import { hasProviderReference } from './provider-reference.js';
import { secretKeyInfo, type SecretKeyInfo } from './secret-keys.js';
import { isAsciiDigit, isAsciiLetter, isSpace } from '../../util/chars.js';

// ---------------------------------------------------------------------------------------
// Judging one value
// ---------------------------------------------------------------------------------------

/**
 * What a value in a secret's place is:
 * - `empty`: nothing is configured;
 * - `reference`: a `${provider:[path:]key}` config provider reference, resolved by Kafka at run time;
 * - `template`: a variable of another tool (`${VAR}`, `$VAR`, `$(VAR)`, `{{ }}`, `@VAR@`, …),
 *   filled in before Kafka reads the file;
 * - `placeholder`: text that stands for a secret (`<password>`, `***`, `xxx`, `REDACTED`, `your-password-here`);
 * - `sample`: a well-known default or sample password (`changeme`, `changeit`, `password`, `admin`, …);
 * - `literal`: anything else, a cleartext secret.
 */
export type ValueVerdict = 'empty' | 'reference' | 'template' | 'placeholder' | 'sample' | 'literal';

export interface JudgedValue {
  readonly verdict: ValueVerdict;
  /** Where the literal part is, for `literal` and `sample` (the default of `${VAR:-default}`). */
  readonly offset: number;
  readonly length: number;
}

/** Shell parameter expansion with a default, as docker-compose and env files write it. */
const SHELL_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*)(:?[-=?+])([\s\S]*)\}$/;

/**
 * Whether `open … close` occurs in the text with no `forbidden` character between them, in
 * linear time (the regex `open[^forbidden]*close` backtracks quadratically on `open` runs).
 */
function enclosed(text: string, open: string, close: string, forbidden?: string): boolean {
  let start = text.indexOf(open);
  while (start !== -1) {
    const end = text.indexOf(close, start + open.length);
    if (end === -1) return false;
    const blocked = forbidden === undefined ? -1 : text.lastIndexOf(forbidden, end - 1);
    if (blocked < start + open.length) return true;
    // Every `open` before `blocked` shares this `close` and holds `forbidden`: skip them all.
    start = text.indexOf(open, blocked + 1);
  }
  return false;
}

/** Template syntaxes that may sit anywhere in a value. */
function hasTemplate(text: string): boolean {
  return (
    enclosed(text, '${', '}', ':') || // ${VAR}, ${java.property}: no colon, so not a Kafka provider reference
    enclosed(text, '{{', '}}') || // Helm, Jinja, Go templates, Mustache
    enclosed(text, '{%', '%}') || // Jinja statements
    enclosed(text, '<%', '%>') || // ERB
    enclosed(text, '#{', '}') // Spring, Ruby, Azure DevOps
  );
}

/**
 * A regular expression behind a cheap necessary condition: `may(text)` holds for every text
 * `pattern` matches (a test checks each). V8 compiles a regular expression on its first use
 * and again on its second, and in a one-file scan that compiling is most of what judging a
 * few values costs: most values fail `may` and never run the pattern.
 */
export interface GuardedPattern {
  readonly may: (text: string) => boolean;
  readonly pattern: RegExp;
}

function guarded(may: (text: string) => boolean, pattern: RegExp): GuardedPattern {
  return { may, pattern };
}

function matches(guard: GuardedPattern, text: string): boolean {
  return guard.may(text) && guard.pattern.test(text);
}

const startsWith = (prefix: string) => (text: string): boolean => text.startsWith(prefix);
const startsUpper = (text: string): boolean => text[0]! >= 'A' && text[0]! <= 'Z';

/** Template syntaxes that are the whole value (or, for `$(VAR)`, a fixed-shape part of it). */
const TEMPLATE_PATTERNS: readonly GuardedPattern[] = [
  guarded(startsWith('$'), /^\$[A-Za-z_][A-Za-z0-9_]*$/), // $VAR
  guarded((text) => text.includes('$('), /\$\([A-Za-z_][A-Za-z0-9_]*\)/), // $(VAR), Kubernetes env expansion
  guarded(startsWith('@'), /^@[A-Za-z_][\w.-]*@$/), // Maven and Gradle resource filtering
  guarded(startsWith('_'), /^_+[A-Z0-9]+(?:_[A-Z0-9]+)*_+$/), // _VAR_, __VAR__: token replacement in release pipelines
  guarded(startsWith(':'), /^:[A-Za-z_][\w.-]*:$/), // :VAR:, sed-replaced by demo scripts
  guarded(startsWith('%'), /^%[A-Za-z_]\w*%$/), // Windows environment variables
  guarded(startsWith('%'), /^%(?:\([\w.-]+\))?[sdr]$/), // printf and Python %-formatting: %s, %(password)s
  guarded(startsWith('{'), /^\{[A-Za-z_0-9][\w.-]*\}$/), // str.format, .NET and Go-style {password}, {0}
];

/** Upper-case words that name what a placeholder stands for: `TOKEN`, `API_KEY`, `TOKEN-SECRET`, `STRING`. */
const PLACEHOLDER_NAME =
  /^(?:(?:TOKEN|SECRET|KEY|PASSWORD|PASSWD|PASS|PW|PWD|PASSPHRASE|API|ACCESS|CLIENT|CONSUMER|ID|USER|USERNAME|AUTH|PRIVATE|PUBLIC|SHARED|ACCOUNT|BEARER|VALUE|STRING|CREDENTIALS?|CONNECTION|ADMIN)(?:[-_ ]|$))+$/;

/** Whole values that stand for a secret (`***` anywhere is one too). */
const PLACEHOLDER_PATTERNS: readonly GuardedPattern[] = [
  guarded(startsWith('<'), /^<[^<>]+>?$/), // <password>
  guarded(startsWith('['), /^\[[^\]]*[A-Za-z][^\]]*\]$/), // [secret]
  guarded((text) => '*xX\u2022#.?\u2026_-'.includes(text[0]!), /^[*xX\u2022#.?\u2026_-]+$/), // masked: ****, xxxx, dots
  guarded((text) => text[0] === 'x' || text[0] === 'X', /^x{3,}(?:[-_]x{3,})*$/i), // xxx-xxx
  guarded((text) => text[1] === text[0] && text[2] === text[0], /^(.)\1{2,}$/), // one character repeated
  guarded(startsUpper, PLACEHOLDER_NAME), // upper-case words naming the secret: TOKEN, PASSWORD, TOKEN-SECRET
];

/** `SharedAccessKey=…` in a connection string. */
const CONNECTION_KEY = guarded((text) => text.includes('='), /(?:^|;)\s*(?:SharedAccessKey|AccountKey|SharedAccessSignature)=([^;]*)/i);

/** An environment-variable-like name. */
const ENVIRONMENT_NAME = guarded((text) => startsUpper(text) && text.includes('_'), /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/);

/** Words that stand for a missing or hidden secret (compared lowercased, without punctuation). */
const PLACEHOLDER_WORDS = new Set([
  'redacted',
  'masked',
  'hidden',
  'omitted',
  'removed',
  'notset',
  'unset',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'na',
  'tbd',
  'todo',
  'fixme',
  'placeholder',
  'replaceme',
  'secretplaceholder',
  'passwordplaceholder',
]);

/** `your-password`, `YOUR_API_KEY_HERE`, `enter-secret-here`, `password-goes-here`, `<...>`. */
export const DESCRIPTIVE_PLACEHOLDER =
  /^(?:(?:your|my|enter|insert|replace|put|add|set|some|the|a)(?:[-_ .]+(?:own[-_ .]+)?(?:[a-z0-9]+[-_ .]+){0,3}|own)?(?:password|passwd|pass|pwd|secret|token|key|apikey|credentials?|passphrase)s?(?:[-_ .]?(?:here|goes[-_ .]?here))?|[a-z0-9_ .-]*(?:password|passwd|secret|token|key|apikey|credentials?|passphrase)[-_ .]?(?:here|goes[-_ .]?here|placeholder))$/i;

/** How a secret's name ends: DESCRIPTIVE_PLACEHOLDER's words (`apikey` ends in `key`). */
const SECRET_NAME_ENDINGS = ['password', 'passwd', 'pass', 'pwd', 'secret', 'token', 'key', 'credential', 'passphrase'];

/**
 * False for a value DESCRIPTIVE_PLACEHOLDER cannot match: every match ends with `here`,
 * `placeholder`, or a secret's name followed by at most two `s`, case aside. Most real secrets end with
 * none of them and skip that regular expression, which V8 takes ~4 ms to compile on its
 * first two uses (a third of the rules' time in a one-file scan).
 */
export function mayBeDescriptivePlaceholder(text: string): boolean {
  const tail = text.slice(-14).toLowerCase();
  if (tail.endsWith('here') || tail.endsWith('placeholder')) return true;
  // `credentials?` then `s?`: up to two plural s after the name.
  const bare = [tail, tail.replace(/s$/, ''), tail.replace(/ss$/, '')];
  return SECRET_NAME_ENDINGS.some((ending) => bare.some((word) => word.endsWith(ending)));
}

/** `your-password-here` and its kind, only on a value that ends like one. */
const DESCRIPTIVE = guarded(mayBeDescriptivePlaceholder, DESCRIPTIVE_PLACEHOLDER);

/** Every guarded pattern of judgeValue, for the test that each guard is a necessary condition. */
export const GUARDED_VALUE_PATTERNS: readonly GuardedPattern[] = [
  guarded(startsWith('${'), SHELL_DEFAULT),
  ...TEMPLATE_PATTERNS,
  ...PLACEHOLDER_PATTERNS,
  CONNECTION_KEY,
  ENVIRONMENT_NAME,
  DESCRIPTIVE,
];


/**
 * Well-known default and sample passwords (compared lowercased, without punctuation): a
 * value from this list is not a secret anyone could leak, but it is a weak credential.
 * `changeit` is the JDK's default keystore password; `postgres`, `mysql`, `root` and `guest`
 * are the default passwords of the usual database and broker images.
 */
const SAMPLE_WORDS = new Set([
  'changeme',
  'changeit',
  'changethis',
  'changemeplease',
  'password',
  'passw0rd',
  'password1',
  'password123',
  'pass',
  'secret',
  'secret123',
  'admin',
  'admin123',
  'administrator',
  'root',
  'guest',
  'postgres',
  'mysql',
  'test',
  'testing',
  'demo',
  'example',
  'sample',
  'dummy',
  'default',
  'foo',
  'bar',
  'foobar',
  'letmein',
  'mysecretpassword',
  'qwerty',
  '123456',
  '12345678',
  '123456789',
]);

function normalizedWord(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const MAX_PLACEHOLDER_LENGTH = 200;

/** Decides whether a value in a secret's place is a secret; see ValueVerdict. */
export function judgeValue(value: string): JudgedValue {
  const start = value.length - value.trimStart().length;
  const text = value.trim();
  const at = (verdict: ValueVerdict, offset = start, length = text.length): JudgedValue => ({ verdict, offset, length });
  if (text === '') return at('empty');

  const shell = text.startsWith('${') ? SHELL_DEFAULT.exec(text) : null;
  if (shell) {
    const [, name, operator, fallback] = shell as unknown as [string, string, string, string];
    if ((operator.endsWith('-') || operator.endsWith('=')) && fallback.trim() !== '') {
      const inner = judgeValue(fallback);
      const offset = start + 2 + name.length + operator.length;
      if (inner.verdict === 'literal' || inner.verdict === 'sample') return at(inner.verdict, offset + inner.offset, inner.length);
    }
    return at('template');
  }
  if (hasProviderReference(text)) return at('reference');
  if (hasTemplate(text) || TEMPLATE_PATTERNS.some((guard) => matches(guard, text))) return at('template');

  // Placeholders and sample values are short; a long value is a literal (and the tests below stay linear).
  if (text.length > MAX_PLACEHOLDER_LENGTH) return at('literal');
  if (text.includes('***') || PLACEHOLDER_PATTERNS.some((guard) => matches(guard, text))) return at('placeholder');
  // A connection string is judged by its key: `Endpoint=sb://…;SharedAccessKey=XXXXXX` is a sample.
  const connectionKey = CONNECTION_KEY.may(text) ? CONNECTION_KEY.pattern.exec(text) : null;
  if (connectionKey) {
    const verdict = judgeValue(connectionKey[1]!).verdict;
    if (verdict !== 'literal' && verdict !== 'sample') return at('placeholder');
  }
  const word = normalizedWord(text);
  if (PLACEHOLDER_WORDS.has(word) || matches(DESCRIPTIVE, text)) return at('placeholder');
  if (SAMPLE_WORDS.has(word)) return at('sample');
  // An environment-variable-like name that a script replaces (`CCLOUD_API_KEY`, `MONGODB_PW`).
  if (matches(ENVIRONMENT_NAME, text)) return at('placeholder');
  return at('literal');
}

/** True for values that configure something rather than hold a secret: a path, a class, a URL, a flag. */
function looksLikeNonSecretSetting(text: string): boolean {
  const value = text.trim();
  if (/^(true|false|yes|no|on|off|enabled?|disabled?)$/i.test(value)) return true;
  if (/^(\/|\.\.?\/|~\/|[A-Za-z]:[\\/]|file:)/.test(value)) return true; // a file path
  if (/^[\w.-]+\.(jks|p12|pfx|pem|crt|cer|key|keytab|json|properties|txt|conf)$/i.test(value)) return true;
  if (/^([a-z_][\w$]*\.)+[A-Z][\w$]*$/.test(value)) return true; // a Java class
  if (/^[a-z][a-z0-9+.-]*:\/\/[^@\s]*$/i.test(value)) return true; // a URL without credentials
  return false;
}

// ---------------------------------------------------------------------------------------
// Secrets in one entry
// ---------------------------------------------------------------------------------------

/** The rules that report secrets; each secret is reported by exactly one of them. */
export type SecretRuleId =
  | 'cleartext-password'
  | 'jaas-inline-credential'
  | 'url-embedded-credential'
  | 'private-key-material'
  | 'cloud-access-key'
  | 'sample-credential';

export type SecretSeverity = 'critical' | 'high' | 'medium' | 'low';

/** One secret inside an entry's value. Never holds the secret itself, only where it is. */
export interface SecretInValue {
  readonly rule: SecretRuleId;
  /** The kind of secret, for messages: "keystore password", "password of JAAS user alice". */
  readonly kind: string;
  /** Where in the value it sits, for messages: "option password of PlainLoginModule". */
  readonly where?: string;
  /** Offset and length in `entry.value`. */
  readonly offset: number;
  readonly length: number;
  /** A severity other than the rule's. */
  readonly severity?: SecretSeverity;
  /** Tells several secrets of one rule in one entry apart; never derived from the value. */
  readonly discriminator?: string;
  /** What the key says the value is, when the secret was found by its key. */
  readonly keyInfo?: SecretKeyInfo;
}

const LOGIN_MODULE = /LoginModule\s+(required|requisite|sufficient|optional)\b/i;

/** True when the value is (or holds) a JAAS login configuration. */
export function isJaasText(key: string, value: string): boolean {
  // The regular expression only where it can match (it is case-insensitive, and so is the test before it).
  return secretKeyInfo(key)?.category === 'jaas' || (value.toLowerCase().includes('loginmodule') && LOGIN_MODULE.test(value));
}

/**
 * Every secret in `entry.value`, at most one report per secret: a secret found by its key
 * covers the whole value and hides what is found inside it (an AWS key in a password); a
 * password option of a JAAS config hides the Azure connection string it holds.
 */
export function secretsInEntry(entry: Entry): SecretInValue[] {
  const cached = entryCache.get(entry);
  if (cached) return cached;
  const found: SecretInValue[] = [
    ...byKey(entry),
    ...inJaas(entry.key, entry.value),
    ...inUrls(entry.value),
    ...privateKeys(entry.value),
    ...tokens(entry.value),
    ...jvmProperties(entry.value),
  ];
  const kept: SecretInValue[] = [];
  for (const secret of [...found].sort((a, b) => b.length - a.length || a.offset - b.offset)) {
    const inside = kept.some((other) => secret.offset >= other.offset && secret.offset + secret.length <= other.offset + other.length);
    if (!inside) kept.push(secret);
  }
  const result = kept.sort((a, b) => a.offset - b.offset || compareText(a.rule, b.rule));
  entryCache.set(entry, result);
  return result;
}

const entryCache = new WeakMap<Entry, SecretInValue[]>();

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byKey(entry: Entry): SecretInValue[] {
  const info = secretKeyInfo(entry.key);
  if (!info || info.category === 'jaas' || info.category === 'certificate') return [];
  let judged = judgeValue(entry.value);
  if (judged.verdict !== 'literal' && judged.verdict !== 'sample') return [];
  const literal = entry.value.slice(judged.offset, judged.offset + judged.length);
  if ((info.mayBePath || info.source === 'name') && looksLikeNonSecretSetting(literal)) return [];
  if (/(^|\.)user\.info$/.test(info.base) || /user[._-]?info$/i.test(entry.key)) {
    // `user:password`: only the password part is a secret.
    const colon = literal.indexOf(':');
    if (colon !== -1) {
      const password = judgeValue(literal.slice(colon + 1));
      if (password.verdict !== 'literal' && password.verdict !== 'sample') return [];
      judged = { verdict: password.verdict, offset: judged.offset, length: judged.length };
    }
  }
  if (judged.verdict === 'sample' && info.category === 'password') {
    return [{ rule: 'sample-credential', kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info }];
  }
  if (info.category === 'private-key') {
    // A PEM block is reported with what its header says (encrypted or not).
    if (judged.verdict === 'sample' || privateKeys(entry.value).length > 0) return [];
    return [{ rule: 'private-key-material', kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info }];
  }
  const severity: SecretSeverity | undefined = info.lowImpact ? 'low' : info.source === 'name' ? 'medium' : undefined;
  return [{ rule: 'cleartext-password', kind: info.kind, offset: judged.offset, length: judged.length, keyInfo: info, ...(severity ? { severity } : {}) }];
}

// JVM options ---------------------------------------------------------------------------

/** `-Djavax.net.ssl.keyStorePassword=…` in KAFKA_OPTS, EXTRA_ARGS and other JVM option values. */
const JVM_SECRET_PROPERTY = /(?:^|\s)-D([\w.-]*?(?:password|passwd|secret|passphrase|token))=(?:"([^"]*)"|'([^']*)'|(\S*))/gi;

function jvmProperties(value: string): SecretInValue[] {
  if (!value.includes('-D')) return [];
  const out: SecretInValue[] = [];
  for (const match of value.matchAll(JVM_SECRET_PROPERTY)) {
    const name = match[1]!;
    const secret = match[2] ?? match[3] ?? match[4] ?? '';
    const judged = judgeValue(secret);
    if (judged.verdict !== 'literal' && judged.verdict !== 'sample') continue;
    const start = match.index! + match[0].length - secret.length - (match[2] !== undefined || match[3] !== undefined ? 1 : 0);
    out.push({
      rule: judged.verdict === 'sample' ? 'sample-credential' : 'cleartext-password',
      kind: /token/i.test(name) ? 'token' : /secret/i.test(name) ? 'secret' : /passphrase/i.test(name) ? 'passphrase' : 'password',
      where: `JVM system property ${name}`,
      offset: start + judged.offset,
      length: judged.length,
      discriminator: `jvm:${name}`,
    });
  }
  return out;
}

// JAAS ---------------------------------------------------------------------------------

/** JAAS options that are not secrets, whatever their value (shown by `inspect`). */
const PUBLIC_JAAS_OPTIONS = new Set([
  'username',
  'serviceName',
  'principal',
  'keyTab',
  'useKeyTab',
  'storeKey',
  'useTicketCache',
  'debug',
  'doNotPrompt',
  'renewTGT',
  'refreshKrb5Config',
  'isInitiator',
  'tryFirstPass',
  'clientId',
  'scope',
  'file',
  'tokenEndpointUri',
]);

/** Option names that configure rather than authenticate: ids, endpoints, claims, timeouts, flags. */
const PUBLIC_JAAS_OPTION_NAME =
  /(?:^|[._])(?:id|uri|url|endpoint|scope|claim|audience|issuer|timeout|ms|seconds|enable|enabled|check|type|name|principal|file|path|location|algorithm|realm|fast|jwt)$|^unsecuredLogin/i;

/** Whether a JAAS option holds a credential, by its name. */
export function isCredentialOption(name: string): boolean {
  if (/^user_./.test(name)) return true;
  const word = name.toLowerCase().replace(/[^a-z]/g, '');
  return /(password|passwd|pwd|passphrase|secret|token|credentials?|assertion|storepass)$/.test(word);
}

function optionKind(name: string, className: string): { kind: string; where: string } {
  const module = className.slice(className.lastIndexOf('.') + 1);
  if (/^user_./.test(name)) return { kind: `password of user ${name.slice(5)}`, where: `option ${name} of ${module}` };
  const word = name.toLowerCase().replace(/[^a-z]/g, '');
  const kind = /secret$/.test(word)
    ? 'client secret'
    : /token$/.test(word)
      ? 'token'
      : /assertion$/.test(word)
        ? 'client assertion'
        : /passphrase$/.test(word)
          ? 'passphrase'
          : /credentials?$/.test(word)
            ? 'credentials'
            : 'password';
  return { kind, where: `option ${name} of ${module}` };
}

/**
 * JAAS text as the JAAS parser should see it. A config written inside a double-quoted
 * string of another syntax often keeps its escapes (`password=\"secret\"` in a compose
 * list entry or a shell variable): each `\"` becomes ` "`, which keeps every offset.
 */
function jaasModules(value: string) {
  return parseJaasConfig(value.includes('=\\"') ? value.replace(/\\"/g, ' "') : value);
}

function inJaas(key: string, value: string): SecretInValue[] {
  if (!isJaasText(key, value)) return [];
  const out: SecretInValue[] = [];
  jaasModules(value).forEach((module, index) => {
    const seen = new Map<string, number>();
    for (const option of module.options) {
      if (!isCredentialOption(option.name)) continue;
      // An option written twice is two secrets in the file, even if JAAS keeps only the last.
      const occurrence = (seen.get(option.name) ?? 0) + 1;
      seen.set(option.name, occurrence);
      const judged = judgeValue(option.value);
      if (judged.verdict !== 'literal' && judged.verdict !== 'sample') continue;
      const raw = option.valueEnd - option.valueOffset;
      const exact = raw === option.value.length;
      const { kind, where } = optionKind(option.name, module.className);
      out.push({
        rule: judged.verdict === 'sample' ? 'sample-credential' : 'jaas-inline-credential',
        kind,
        where: occurrence > 1 ? `${where}, written again` : where,
        offset: exact ? option.valueOffset + judged.offset : option.valueOffset,
        length: exact ? judged.length : raw,
        discriminator: occurrence > 1 ? `${index}:${option.name}:${occurrence}` : `${index}:${option.name}`,
      });
    }
  });
  return out;
}

/** Ranges of the JAAS option values in `value` that `inspect` must not show. */
function jaasOptionRanges(value: string): { offset: number; length: number }[] {
  const out: { offset: number; length: number }[] = [];
  for (const module of jaasModules(value)) {
    for (const option of module.options) {
      const credential = isCredentialOption(option.name);
      if (!credential && (PUBLIC_JAAS_OPTIONS.has(option.name) || PUBLIC_JAAS_OPTION_NAME.test(option.name))) continue;
      const verdict = judgeValue(option.value).verdict;
      if (verdict === 'empty' || verdict === 'reference' || verdict === 'template') continue;
      if (!credential && /^(true|false)$/i.test(option.value.trim())) continue;
      out.push({ offset: option.valueOffset, length: option.valueEnd - option.valueOffset });
    }
  }
  return out;
}

// URLs ---------------------------------------------------------------------------------

const URL_PARAMETER = /[?&;](password|passwd|pwd|pass|secret|client_secret|token|access_token|api[_-]?key|apikey|sig)=([^&;#\s"'<>]*)/gi;
const ORACLE_THIN = /jdbc:oracle:[a-z]+:([^/@\s"':]+)\/([^@\s"']+)@/gi;

function inUrls(value: string): SecretInValue[] {
  if (!value.includes('://') && !value.toLowerCase().includes('jdbc:')) return [];
  const out: SecretInValue[] = [];
  let index = 0;
  for (let separator = value.indexOf('://'); separator !== -1; separator = value.indexOf('://', separator + 3)) {
    // The scheme is the run of scheme characters before `://` (walked backwards: linear time).
    let schemeStart = separator;
    while (schemeStart > 0 && separator - schemeStart < 64 && isSchemeChar(value.charCodeAt(schemeStart - 1))) schemeStart--;
    while (schemeStart < separator && !isAsciiLetter(value.charCodeAt(schemeStart))) schemeStart++;
    if (schemeStart === separator) continue;
    const scheme = schemeLabel(value, schemeStart, value.slice(schemeStart, separator));
    const authorityStart = separator + 3;
    const authorityEnd = endOfAuthority(value, authorityStart);
    const authority = value.slice(authorityStart, authorityEnd);
    const at = authority.lastIndexOf('@');
    if (at !== -1) {
      const userInfo = authority.slice(0, at);
      const colon = indexOutsideReferences(userInfo, ':');
      if (colon !== -1) {
        const passwordStart = authorityStart + colon + 1;
        const judged = judgeValue(value.slice(passwordStart, authorityStart + at));
        if (judged.verdict === 'literal' || judged.verdict === 'sample') {
          out.push({
            rule: judged.verdict === 'sample' ? 'sample-credential' : 'url-embedded-credential',
            kind: 'password',
            where: `user info of the ${scheme} URL`,
            offset: passwordStart + judged.offset,
            length: judged.length,
            discriminator: `url${index}:userinfo`,
          });
        }
      }
    }
    index++;
  }
  // Parameters need a `?`, `&` or `;` before them, and an Oracle thin URL its prefix.
  if (value.includes('?') || value.includes('&') || value.includes(';')) {
    for (const match of value.matchAll(URL_PARAMETER)) {
      const name = match[1]!;
      const start = match.index! + match[0].length - match[2]!.length;
      const judged = judgeValue(match[2]!);
      if (judged.verdict !== 'literal' && judged.verdict !== 'sample') continue;
      const lower = name.toLowerCase();
      const kind = lower === 'sig' ? 'shared access signature' : /token/.test(lower) ? 'token' : /key/.test(lower) ? 'API key' : /secret/.test(lower) ? 'client secret' : 'password';
      out.push({
        rule: judged.verdict === 'sample' ? 'sample-credential' : 'url-embedded-credential',
        kind,
        where: `URL parameter ${name}`,
        offset: start + judged.offset,
        length: judged.length,
        discriminator: `param:${lower}:${start}`,
      });
    }
  }
  if (value.toLowerCase().includes('jdbc:oracle:')) {
    for (const match of value.matchAll(ORACLE_THIN)) {
      const start = match.index! + match[0].length - 1 - match[2]!.length;
      const judged = judgeValue(match[2]!);
      if (judged.verdict !== 'literal' && judged.verdict !== 'sample') continue;
      out.push({
        rule: judged.verdict === 'sample' ? 'sample-credential' : 'url-embedded-credential',
        kind: 'password',
        where: 'user/password of the jdbc:oracle URL',
        offset: start + judged.offset,
        length: judged.length,
        discriminator: `oracle:${start}`,
      });
    }
  }
  return out;
}

/** `jdbc:postgresql` for `jdbc:postgresql://…`: the scheme chain before `://`, without the secret. */
function schemeLabel(value: string, schemeStart: number, scheme: string): string {
  let start = schemeStart;
  while (start > 0 && schemeStart - start < 40 && (isSchemeChar(value.charCodeAt(start - 1)) || value[start - 1] === ':')) start--;
  while (start < schemeStart && !isAsciiLetter(value.charCodeAt(start))) start++;
  const chain = value.slice(start, schemeStart);
  return `${chain.endsWith(':') ? chain : ''}${scheme}`.toLowerCase();
}

/** What ends a URL's authority, besides white space. */
const AUTHORITY_END = new Set(['/', '?', '#', '"', "'", '<', '>', ',', ';', '\\']);

/** What `/[a-z0-9+.-]/i` matches: a character of a URL scheme (RFC 3986). */
function isSchemeChar(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code) || code === 43 || code === 46 || code === 45;
}

/** The end of a URL's authority (user info and host): the first `/`, `?`, `#`, space or quote outside `${…}`. */
function endOfAuthority(value: string, start: number): number {
  let i = start;
  while (i < value.length) {
    const c = value[i]!;
    if (c === '$' && value[i + 1] === '{') {
      const close = value.indexOf('}', i + 2);
      if (close === -1) return value.length;
      i = close + 1;
      continue;
    }
    if (AUTHORITY_END.has(c) || isSpace(value.charCodeAt(i))) return i;
    i++;
  }
  return i;
}

function indexOutsideReferences(text: string, char: string): number {
  let i = 0;
  while (i < text.length) {
    if (text[i] === '$' && text[i + 1] === '{') {
      const close = text.indexOf('}', i + 2);
      if (close === -1) return -1;
      i = close + 1;
      continue;
    }
    if (text[i] === char) return i;
    i++;
  }
  return -1;
}

// Private keys -------------------------------------------------------------------------

const PEM_BEGIN = /-----BEGIN ((?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/g;

function privateKeys(value: string): SecretInValue[] {
  if (!value.includes('PRIVATE KEY')) return [];
  const out: SecretInValue[] = [];
  for (const match of value.matchAll(PEM_BEGIN)) {
    const start = match.index!;
    const label = match[1]!;
    const endMarker = value.indexOf(`-----END ${label}-----`, start + match[0].length);
    const end = endMarker === -1 ? value.length : endMarker + `-----END ${label}-----`.length;
    const body = value.slice(start + match[0].length, endMarker === -1 ? value.length : endMarker);
    const base64 = body.replace(/\\[nr]|[^A-Za-z0-9+/=]/g, '');
    const angle = body.indexOf('<');
    const elided = body.includes('...') || body.includes('…') || /x{6}/i.test(body) || (angle !== -1 && body.indexOf('>', angle) !== -1);
    if (base64.length < 32 || elided) continue; // an elided example key
    const encrypted = label.startsWith('ENCRYPTED') || /Proc-Type:\s*4,ENCRYPTED/.test(body);
    out.push({
      rule: 'private-key-material',
      kind: encrypted ? `encrypted PEM private key (${label})` : `PEM private key (${label})`,
      offset: start,
      length: end - start,
      discriminator: `pem:${start}`,
      ...(encrypted ? { severity: 'medium' as const } : {}),
    });
  }
  return out;
}

// Well-known token formats --------------------------------------------------------------

interface TokenFormat {
  readonly kind: string;
  readonly pattern: RegExp;
  /** The capture group that holds the secret, when not the whole match. */
  readonly group?: number;
  readonly severity?: SecretSeverity;
}

/** Token formats with a fixed prefix or frame, so that a match is almost never a coincidence. */
const TOKEN_FORMATS: readonly TokenFormat[] = [
  // An access key ID names a key rather than proving it, but its secret is rarely far away.
  { kind: 'AWS access key ID', pattern: /(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})(?![A-Za-z0-9])/g, group: 1, severity: 'medium' },
  { kind: 'GitHub token', pattern: /(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36,255})(?![A-Za-z0-9_])/g, group: 1 },
  { kind: 'GitHub fine-grained token', pattern: /(?<![A-Za-z0-9_])(github_pat_[A-Za-z0-9_]{50,255})/g, group: 1 },
  { kind: 'GitLab token', pattern: /(?<![A-Za-z0-9_-])(glpat-[A-Za-z0-9_-]{20,})/g, group: 1 },
  { kind: 'Slack token', pattern: /(?<![A-Za-z0-9-])(xox[abposr]-[A-Za-z0-9-]{10,})/g, group: 1 },
  { kind: 'Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/(T[A-Za-z0-9_]+\/B[A-Za-z0-9_]+\/[A-Za-z0-9_]{16,})/g, group: 1 },
  { kind: 'Google API key', pattern: /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g, group: 1 },
  { kind: 'Stripe live secret key', pattern: /(?<![A-Za-z0-9_])((?:sk|rk)_live_[0-9a-zA-Z]{20,})/g, group: 1 },
  { kind: 'SendGrid API key', pattern: /(?<![A-Za-z0-9_])(SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64})/g, group: 1 },
  { kind: 'npm access token', pattern: /(?<![A-Za-z0-9_])(npm_[A-Za-z0-9]{36})(?![A-Za-z0-9])/g, group: 1 },
  { kind: 'Azure storage account key', pattern: /AccountKey=([A-Za-z0-9+/]{40,}={0,2})/g, group: 1 },
  { kind: 'Azure shared access key', pattern: /SharedAccessKey=([A-Za-z0-9+/]{20,}={0,2})/g, group: 1 },
  { kind: 'Azure shared access signature', pattern: /SharedAccessSignature=([^;"'\s]{20,})/g, group: 1 },
  { kind: 'HashiCorp Vault token', pattern: /(?<![A-Za-z0-9_.-])(hv[sbr]\.[A-Za-z0-9_-]{90,300})(?![A-Za-z0-9_-])/g, group: 1 },
  { kind: 'JSON Web Token', pattern: /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,4096})/g, group: 1, severity: 'medium' },
];

/**
 * The fixed part every token format starts with, and the shortest token (a Slack token:
 * `xoxb-` and ten characters). Most values hold neither, so the fifteen formats run only
 * on the few that do: this one scan costs less than starting fifteen matchAll iterators.
 */
const TOKEN_PREFIXES = /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack\.com|AIza|_live_|SG\.|npm_|AccountKey=|SharedAccess|hv[sbr]\.|eyJ/;
const SHORTEST_TOKEN = 15;

function tokens(value: string): SecretInValue[] {
  if (value.length < SHORTEST_TOKEN || !TOKEN_PREFIXES.test(value)) return [];
  const out: SecretInValue[] = [];
  for (const format of TOKEN_FORMATS) {
    let index = 0;
    for (const match of value.matchAll(format.pattern)) {
      const secret = match[format.group ?? 0]!;
      const offset = match.index! + match[0].indexOf(secret);
      index++;
      if (isExampleToken(secret)) continue;
      out.push({
        rule: 'cloud-access-key',
        kind: format.kind,
        offset,
        length: secret.length,
        discriminator: `${format.kind}:${index}`,
        ...(format.severity ? { severity: format.severity } : {}),
      });
    }
  }
  return out;
}

/** AWS's documented sample keys end in EXAMPLE; masked tokens repeat one character. */
function isExampleToken(token: string): boolean {
  if (/EXAMPLE$/i.test(token)) return true;
  const body = token.replace(/^[A-Za-z]+[_.-]?/, '');
  return /^(.)\1+$/.test(body) || /x{8,}|\*{3,}|\.\.\./i.test(body);
}

// ---------------------------------------------------------------------------------------
// Documents, spans and masking
// ---------------------------------------------------------------------------------------

export interface LocatedSecret {
  readonly entry: Entry;
  readonly secret: SecretInValue;
  /** The narrowest span the source allows: the secret itself, else the whole entry. */
  readonly span: Span;
}

/** Every secret of a document, every entry included (a duplicate Kafka ignores is still in the file). */
export function secretsInDocument(doc: ConfigDocument): LocatedSecret[] {
  const cached = documentCache.get(doc);
  if (cached) return cached;
  const out: LocatedSecret[] = [];
  for (const entry of doc.entries) {
    for (const secret of secretsInEntry(entry)) {
      const whole = secret.offset === 0 && secret.length === entry.value.length;
      out.push({ entry, secret, span: whole ? entry.span : spanOfRange(entry, secret.offset, secret.length, doc.format === 'jaas') });
    }
  }
  documentCache.set(doc, out);
  return out;
}

const documentCache = new WeakMap<ConfigDocument, LocatedSecret[]>();

/**
 * The span of `value.slice(offset, offset + length)`: exact when the value is written on
 * one line without escapes, or when it is the verbatim source text (`verbatim`, a JAAS
 * file section); otherwise the entry's span.
 */
export function spanOfRange(entry: Entry, offset: number, length: number, verbatim: boolean): Span {
  const { valueSpan, value } = entry;
  if (valueSpan.line === valueSpan.endLine && valueSpan.endColumn - valueSpan.column === value.length) {
    return { line: valueSpan.line, column: valueSpan.column + offset, endLine: valueSpan.line, endColumn: valueSpan.column + offset + length };
  }
  if (!verbatim) return entry.span;
  const position = (at: number): { line: number; column: number } => {
    let line = valueSpan.line;
    let lineStart = -1;
    for (let i = 0; i < at; i++) {
      const c = value[i];
      if (c === '\n' || (c === '\r' && value[i + 1] !== '\n')) {
        line++;
        lineStart = i;
      }
    }
    return { line, column: line === valueSpan.line ? valueSpan.column + at : at - lineStart };
  };
  const from = position(offset);
  const to = position(offset + length);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/**
 * `entry.value` with every secret replaced by `mask(secret)`: the whole value of a secret
 * key (unless it is a reference, a template or empty), each non-public option of a JAAS
 * config, and every secret found inside any other value.
 */
export function maskSecrets(entry: Entry, mask: (secret: string) => string): string {
  const { key, value } = entry;
  const info = secretKeyInfo(key);
  if (info && info.category !== 'jaas') {
    const verdict = judgeValue(value).verdict;
    return verdict === 'empty' || verdict === 'reference' || verdict === 'template' ? value : mask(value);
  }
  const ranges = [...secretsInEntry(entry), ...(isJaasText(key, value) ? jaasOptionRanges(value) : [])]
    .map((range) => ({ offset: range.offset, end: range.offset + range.length }))
    .sort((a, b) => a.offset - b.offset || b.end - a.end);
  let out = '';
  let cursor = 0;
  for (const range of ranges) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.offset, cursor);
    out += value.slice(cursor, start) + mask(value.slice(start, range.end));
    cursor = range.end;
  }
  return out + value.slice(cursor);
}

/** How messages name the place of a secret: the key, and where it came from when not written literally. */
export function secretLocation(entry: Entry): string {
  return entry.origin ? `${entry.key} (${entry.origin})` : entry.key;
}
