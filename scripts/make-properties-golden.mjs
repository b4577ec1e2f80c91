// Writes the .properties edge-case inputs and the expected results that java.util.Properties
// computes for them, so test/parse/properties.test.ts can check the parser without Java.
//
//   fixtures/parse/properties/<case>.properties  hand-written cases, raw bytes
//   fixtures/parse/properties/random.jsonl       generated cases: {"name","text"}, text = bytes as latin1
//   fixtures/parse/properties/golden.json        what Properties.load(InputStream) makes of each case
//
// Usage: node scripts/make-properties-golden.mjs   (needs a JDK 17 `java`; set JAVA to pick one)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './prng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'fixtures/parse/properties');
const dumper = join(root, 'scripts/java-properties-golden/PropsDump.java');
const java = process.env.JAVA ?? 'java';
const RANDOM_CASES = 2000;
const SEED = 0x5eed_1e55;

/** Bytes from strings (each char one latin1 byte) and byte arrays. */
function bytes(...parts) {
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));
}

const BOM = [0xef, 0xbb, 0xbf];
const latin1High = Array.from({ length: 0x80 }, (_, i) => 0x80 + i);
const filler = (n) => 'x'.repeat(n);

// The Java LineReader reads 8192-byte blocks. These pad with a comment line so that the first
// byte of `tail` is the last byte of the first block (or, with shift 1, the first of the second).
const BLOCK = 8192;
const boundary = (prefix, tail, shift = 0) => bytes('#', filler(BLOCK - 3 - prefix.length + shift), '\n', prefix, tail);

/** name -> bytes. Names are file names without `.properties`; none may start with `random-`. */
const handCases = {
  'sep-equals': bytes('a=b\n'),
  'sep-colon': bytes('a:b\n'),
  'sep-space': bytes('a b\n'),
  'sep-tab': bytes('a\tb\n'),
  'sep-formfeed': bytes('a\fb\n'),
  'sep-spaces-around-equals': bytes('a = b\nc  :  d\ne\t=\tf\n'),
  'sep-whitespace-then-second-equals': bytes('a = = b\nc : : d\ne  =:f\n'),
  'sep-equals-then-colon': bytes('a=:b\nc:=d\ne==f\n'),
  'sep-mixed-whitespace': bytes('a \t\f b\n'),
  'sep-equals-in-value': bytes('a=b=c:d e\n'),
  'sep-none-key-only': bytes('alone\nalso   \nthird\t\f\n'),
  'sep-key-with-empty-value': bytes('a=\nb:\nc =\nd  :  \n'),
  'empty-key': bytes('=b\n:c\n = d\n'),
  'empty-key-empty-value': bytes('=\n'),
  'leading-whitespace-stripped': bytes('   \t\f a=b\n\t\tc = d\n'),
  'trailing-whitespace-kept': bytes('a=b  \t\f\nc=d \r\ne=f\t'),
  'escaped-separators-in-key': bytes('a\\=b=c\nd\\:e:f\ng\\ h i\nj\\\tk\tl\n'),
  'escaped-backslash-before-separator': bytes('a\\\\=b\nc\\\\\\=d=e\n'),
  'escaped-space-in-key': bytes('my\\ key = v\n\\ lead=x\ntrail\\ =y\n'),
  'escaped-space-leading-value': bytes('a=\\  b\nc = \\ \\ d\n'),
  'backslash-space-at-line-end': bytes('a=b\\  \nc=d\n'),
  'continuation-simple': bytes('a=b\\\n  c\nd=e\n'),
  'continuation-even-backslashes': bytes('a=b\\\\\n c\n'),
  'continuation-odd-backslashes': bytes('a=b\\\\\\\n c\n'),
  'continuation-four-backslashes': bytes('a=b\\\\\\\\\n c\n'),
  'continuation-five-backslashes': bytes('a=b\\\\\\\\\\\n c\n'),
  'continuation-in-key': bytes('ke\\\n  y=v\n'),
  'continuation-after-separator': bytes('key=\\\n   value\nk2 \\\n  = v2\n'),
  'continuation-keeps-trailing-space': bytes('a=b  \\\n  c\n'),
  'continuation-many-lines': bytes('list=one,\\\n   two,\\\n\tthree,\\\n\f four\n'),
  'continuation-into-blank-line': bytes('a=b\\\n\nc=d\n'),
  'continuation-into-whitespace-line': bytes('a=b\\\n   \nc=d\n'),
  'continuation-into-crlf-blank-line': bytes('a=b\\\r\n\r\nc=d\r\n'),
  'continuation-at-eof': bytes('a=b\\'),
  'continuation-at-eof-after-newline': bytes('a=b\\\n'),
  'continuation-at-eof-after-crlf': bytes('a=b\\\r\n'),
  'continuation-at-eof-then-spaces': bytes('a=b\\\n   '),
  'continuation-hash-is-not-comment': bytes('a=b\\\n#not a comment\n'),
  'continuation-bang-is-not-comment': bytes('a=b\\\n   !not a comment\n'),
  'continuation-with-cr': bytes('a=b\\\rc\rd=e\r'),
  'continuation-with-crlf': bytes('a=b\\\r\n  c\r\nd=e\r\n'),
  'continuation-lf-then-cr': bytes('a=b\\\n\rc=d\n'),
  'continuation-cr-then-cr': bytes('a=b\\\r\rc=d\r'),
  'continuation-inside-unicode-escape': bytes('a=\\u00\\\n   41\n'),
  'backslash-only-line': bytes('\\\n'),
  'backslash-only-at-eof': bytes('\\'),
  'backslash-only-indented-at-eof': bytes('   \\'),
  'backslash-only-then-blank': bytes('\\\n\na=b\n'),
  'backslash-only-then-comment': bytes('\\\n#comment\na=b\n'),
  'backslash-only-then-indented-comment': bytes('\\\n   ! comment\na=b\n'),
  'backslash-only-then-comment-at-eof': bytes('\\\n#comment'),
  'backslash-only-then-key': bytes('\\\na=b\n'),
  'two-backslashes-only': bytes('\\\\\n'),
  'comments-hash-and-bang': bytes('# c1\n! c2\na=b\n#c3'),
  'comment-indented': bytes('   # indented\n\t! tabbed\n\f# formfeed\na=b\n'),
  'comment-char-mid-line': bytes('a=b # not a comment\nc!=d\n'),
  'comment-ending-with-backslash': bytes('# comment \\\na=b\n! other \\\nc=d\n'),
  'comment-crlf-ending-with-backslash': bytes('# comment \\\r\na=b\r\n'),
  'comment-cr-ending-with-backslash': bytes('# comment \\\ra=b\r'),
  'comment-at-eof-no-newline': bytes('a=b\n# last'),
  'comment-with-malformed-unicode': bytes('# \\u12 is fine here\na=b\n'),
  'comment-with-latin1': bytes('# caf', [0xe9], '\na=b\n'),
  'escaped-hash-key': bytes('\\#a=b\n\\!c=d\n'),
  'unicode-escapes': bytes('a=\\u0041\\u00e9\\u20AC\\u20ac\n'),
  'unicode-escape-in-key': bytes('\\u0041bc=x\n'),
  'unicode-escape-separator-in-key': bytes('a\\u003db=c\nd\\u0020e f\n'),
  'unicode-escape-surrogate-pair': bytes('smile=\\uD83D\\uDE00\n'),
  'unicode-escape-lone-surrogate': bytes('lone=\\uD800x\n'),
  'unicode-escape-nul': bytes('nul=\\u0000\n'),
  'unicode-escape-uppercase-u': bytes('a=\\U0041\n'),
  'malformed-unicode-short': bytes('a=\\u12\n'),
  'malformed-unicode-short-at-eof': bytes('a=\\u123'),
  'malformed-unicode-bad-digit': bytes('a=\\u12G4\n'),
  'malformed-unicode-bare-u': bytes('a=\\u\n'),
  'malformed-unicode-in-key': bytes('\\u12=x\n'),
  'malformed-unicode-later-line': bytes('a=b\nc=d\ne=\\uZZZZ\n'),
  'malformed-unicode-split-by-blank-continuation': bytes('a=\\u00\\\n\n41\n'),
  'malformed-unicode-escaped-u-is-fine': bytes('a=\\\\u12\n'),
  'escapes-standard': bytes('a=\\t|\\n|\\r|\\f|\\\\\n'),
  'escapes-unknown': bytes('a=\\q\\b\\0\\"\\\'\\x\\a\\v\n'),
  'escapes-in-key': bytes('\\t\\n\\q=v\n'),
  'escapes-latin1-char': bytes('a=\\', [0xe9], '\n'),
  'line-ends-lf': bytes('a=1\nb=2\n'),
  'line-ends-crlf': bytes('a=1\r\nb=2\r\n'),
  'line-ends-lone-cr': bytes('a=1\rb=2\r'),
  'line-ends-mixed': bytes('a=1\r\nb=2\nc=3\rd=4\n\re=5'),
  'line-ends-blank-lines': bytes('\n\r\n\r\r\n\na=1\n\n\r\n'),
  'latin1-bytes': bytes('k', [0xe9], 'y=v', [0xe4], 'l', [0xff], '\n'),
  'latin1-all-high-bytes': bytes('all=', latin1High, '\n'),
  'latin1-nbsp-is-not-whitespace': bytes([0xa0], 'a', [0xa0], '=', [0xa0], 'b\n'),
  'latin1-nel-is-not-line-end': bytes('a=b', [0x85], 'c=d\n'),
  'utf8-multibyte-read-as-latin1': bytes('k=caf', [0xc3, 0xa9], ' ', [0xe2, 0x82, 0xac], '\n'),
  'utf8-bom': bytes(BOM, 'a=b\nc=d\n'),
  'utf8-bom-then-comment': bytes(BOM, '# comment\na=b\n'),
  'utf8-bom-then-blank-line': bytes(BOM, '\na=b\n'),
  'formfeed-everywhere': bytes('\fa\f=\fb\f\n\f\f\n'),
  'control-chars-not-whitespace': bytes('a\x0bb=c\x00d\n\x0b=e\n'),
  'empty-file': bytes(''),
  'whitespace-only-file': bytes('  \t\f\n\r\n   '),
  'comments-only-file': bytes('# one\n! two\n'),
  'newlines-only-file': bytes('\n\n\r\n\r'),
  'duplicate-keys-last-wins': bytes('a=1\nb=1\na=2\na=3\nb=2\n'),
  'duplicate-keys-via-escape': bytes('a=1\n\\u0061=2\nb=1\nb\\\n=2\n'),
  'duplicate-keys-via-continuation': bytes('key=1\nke\\\n  y=2\n'),
  'provider-reference-value': bytes('sasl.jaas.config=${file:/etc/kafka/secrets.properties:jaas}\n'),
  'kafka-listeners': bytes('listeners=PLAINTEXT://0.0.0.0:9092,\\\n  SSL://0.0.0.0:9093\nlistener.security.protocol.map=PLAINTEXT:PLAINTEXT\n'),
  'jaas-multiline': bytes(
    'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n',
    '    username="admin" \\\n',
    '    password="CANARY-jaas-1";\n',
  ),
  'windows-path-value': bytes('ssl.truststore.location=C:\\\\kafka\\\\truststore.jks\nbad=C:\\kafka\\new\n'),
  'boundary-crlf-continuation': boundary('a=b\\', '\r\n  c\n'),
  'boundary-lf-continuation': boundary('a=b\\', '\n  c\n'),
  'boundary-cr-continuation-no-lf': boundary('a=b\\', '\rc\n'),
  'boundary-continuation-at-eof': boundary('a=b\\', '\n'),
  'boundary-comment-crlf': boundary('#comment', '\r\na=b\n'),
  'boundary-comment-backslash': boundary('#comment\\', '\na=b\n'),
  'boundary-plain-line-end': boundary('a=b', '\nc=d\n'),
  'boundary-backslash-last-in-block': boundary('a=b', '\\\r\n  c\n'),
  'boundary-backslash-first-in-block': boundary('a=b', '\\\n  c\n', 1),
  'boundary-lf-first-in-block': boundary('a=b\\', '\n  c\n', 1),
};

const random = mulberry32(SEED);
const int = (n) => Math.floor(random() * n);
const pick = (items) => items[int(items.length)];
/** Picks from [weight, value] pairs. */
function weighted(pairs) {
  const total = pairs.reduce((sum, [w]) => sum + w, 0);
  let r = random() * total;
  for (const [w, value] of pairs) {
    r -= w;
    if (r < 0) return value;
  }
  return pairs[pairs.length - 1][1];
}

const HEX = '0123456789abcdefABCDEF';
const hex4 = () => Array.from({ length: 4 }, () => pick([...HEX])).join('');
const high = () => String.fromCharCode(0x80 + int(0x80));
const lineEnd = () => weighted([[6, '\n'], [3, '\r\n'], [2, '\r'], [1, '\n\r']]);
const ws = () => weighted([[5, ' '], [2, '\t'], [1, '\f']]);

/** Soup: a token stream with every character class the reader treats specially. */
function soupToken() {
  return weighted([
    [10, () => pick([...'abkvxyz.'])],
    [4, () => '='],
    [3, () => ':'],
    [5, () => ws()],
    [9, () => '\\'],
    [2, () => '#'],
    [2, () => '!'],
    [5, () => lineEnd()],
    [2, () => '\\u' + hex4()],
    [0.4, () => '\\u' + pick([...HEX]) + pick([...HEX])],
    [0.3, () => 'u'],
    [2, () => pick([...'ntrfq0'])],
    [2, () => pick([...'0Af'])],
    [2, () => high()],
    [1, () => '\xef\xbb\xbf'],
    [1, () => pick(['\x00', '\x0b', '\x85', '\xa0'])],
  ])();
}

function soupCase() {
  let text = '';
  const n = int(60);
  for (let i = 0; i < n; i++) text += soupToken();
  return text;
}

/** Structured: lines that look like real files, with escapes and continuations mixed in. */
function keyPiece() {
  return weighted([
    [12, () => pick(['bootstrap', 'servers', 'ssl', 'key', 'a', 'b', 'x.y', 'sasl.jaas.config'])],
    [2, () => pick(['\\=', '\\:', '\\ ', '\\\\', '\\#', '\\!', '\\\t'])],
    [2, () => '\\u' + pick(['0041', '003d', '003a', '0020', '00e9', '20ac', 'D83D'])],
    [1, () => high()],
    [1, () => '\\' + lineEnd() + (random() < 0.5 ? ws() : '')],
    [1, () => '\\' + pick([...'tnrfqb'])],
  ])();
}

function valuePiece() {
  return weighted([
    [12, () => pick(['PLAINTEXT://0.0.0.0:9092', 'value', 'SASL_SSL', 'a=b', 'c:d', '${file:/x:y}', '1', ''])],
    [4, () => ws()],
    [3, () => '\\' + lineEnd() + (random() < 0.6 ? ws() + ws() : '')],
    [2, () => pick(['\\\\', '\\t', '\\n', '\\r', '\\f', '\\ ', '\\q', '\\=', '\\:'])],
    [2, () => '\\u' + hex4()],
    [1, () => pick(['#', '!', '=', ':'])],
    [1, () => high()],
    [1, () => '\\' + lineEnd() + weighted([[1, ''], [1, '   '], [1, '#c'], [1, lineEnd()]])],
  ])();
}

function structuredLine() {
  const lead = random() < 0.3 ? ws() + (random() < 0.5 ? ws() : '') : '';
  const kind = weighted([[10, 'entry'], [2, 'comment'], [1, 'blank'], [1, 'backslash']]);
  if (kind === 'blank') return lead;
  if (kind === 'backslash') return lead + '\\';
  if (kind === 'comment') {
    let text = pick(['#', '!']) + ' note';
    if (random() < 0.3) text += '\\';
    return lead + text;
  }
  let key = '';
  for (let i = 0, n = 1 + int(3); i < n; i++) key += keyPiece();
  const sep = pick(['=', ':', ' ', ' = ', '\t:', '  ', '=', '', ' := ', '\f']);
  let value = '';
  for (let i = 0, n = int(5); i < n; i++) value += valuePiece();
  if (random() < 0.05) value += '\\u' + pick(['12', 'G123', '']); // malformed now and then
  if (random() < 0.1) value += '\\'; // odd backslash at the line end: continues the line
  return lead + key + sep + value;
}

function structuredCase() {
  let text = random() < 0.05 ? '\xef\xbb\xbf' : '';
  const n = int(8);
  for (let i = 0; i < n; i++) text += structuredLine() + (i + 1 < n || random() < 0.7 ? lineEnd() : '');
  return text;
}

/** JSON with every character outside printable ASCII escaped, so the file is plain ASCII. */
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

const randomCases = [];
for (let i = 0; i < RANDOM_CASES; i++) {
  const text = random() < 0.5 ? soupCase() : structuredCase();
  randomCases.push({ name: `random-${String(i).padStart(4, '0')}`, text });
}

// -XshowSettings prints to stderr.
const settings = spawnSync(java, ['-XshowSettings:properties', '-version'], { encoding: 'utf8' }).stderr ?? '';
const javaVersion = /java\.version = (\S+)/.exec(settings)?.[1] ?? 'unknown';
if (!javaVersion.startsWith('17.')) {
  throw new Error(`need Java 17 (Kafka's reference JDK for these goldens), found ${javaVersion}; set JAVA=/path/to/jdk17/bin/java`);
}

mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) {
  if (file.endsWith('.properties')) rmSync(join(outDir, file));
}
for (const [name, data] of Object.entries(handCases)) writeFileSync(join(outDir, `${name}.properties`), data);
writeFileSync(join(outDir, 'random.jsonl'), randomCases.map((c) => asciiJson(c)).join('\n') + '\n');

const scratch = mkdtempSync(join(tmpdir(), 'properties-golden-'));
try {
  for (const { name, text } of randomCases) writeFileSync(join(scratch, `${name}.properties`), Buffer.from(text, 'latin1'));
  const output = execFileSync(java, [dumper, outDir, scratch], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const results = JSON.parse(output);
  const names = [...Object.keys(handCases), ...randomCases.map((c) => c.name)].sort();
  const lines = names.map((name) => {
    const result = results[`${name}.properties`];
    if (!result) throw new Error(`java printed no result for ${name}`);
    return `    ${asciiJson(name)}: ${asciiJson(result)}`;
  });
  const header = {
    source: 'java.util.Properties.load(InputStream) via scripts/java-properties-golden/PropsDump.java',
    regenerate: 'node scripts/make-properties-golden.mjs',
    javaVersion,
  };
  const body = Object.entries(header).map(([k, v]) => `  ${asciiJson(k)}: ${asciiJson(v)},`).join('\n');
  writeFileSync(join(outDir, 'golden.json'), `{\n${body}\n  "cases": {\n${lines.join(',\n')}\n  }\n}\n`);
  const failures = names.filter((name) => !results[`${name}.properties`].ok).length;
  console.log(`wrote ${names.length} cases (${failures} malformed) with Java ${header.javaVersion} to ${outDir}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
