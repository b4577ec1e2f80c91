import type { Expression, Node, ObjectExpression, ObjectProperty } from '@babel/types';
import { parseJavaScript } from '../../parse/javascript.js';
import type { DraftReader, SourceText } from '../build.js';
import type { SourceComment } from '../config-document.js';
import { createEntry, type Entry } from '../entry.js';
import type { Span } from '../location.js';
import { joinSpans } from '../location.js';
import type { DocumentDraft } from './draft.js';

/**
 * Kafka client configs written in JavaScript or TypeScript, read only where keys and
 * values are literals (nothing is evaluated):
 *
 * - kafkajs `new Kafka({ brokers, clientId, ssl, sasl })` (and the `kafkaJS: {…}` block of
 *   @confluentinc/kafka-javascript). Its options become the Java client keys with the
 *   same meaning: `brokers` → `bootstrap.servers`; `ssl`/`sasl` → `security.protocol`
 *   (kafkajs connects in plaintext unless `ssl` is set); `sasl.mechanism` → `sasl.mechanism`
 *   (`plain` → `PLAIN`, `scram-sha-256` → `SCRAM-SHA-256`, `aws` → `AWS_MSK_IAM`,
 *   `oauthbearer` → `OAUTHBEARER`); a literal `sasl.username` and `sasl.password` → the
 *   `sasl.jaas.config` a Java client would need (PlainLoginModule / ScramLoginModule),
 *   located at the password; `ssl.rejectUnauthorized: false` (no certificate checks at
 *   all) → `ssl.endpoint.identification.algorithm` set to empty, the nearest Java
 *   equivalent; a literal `ssl.passphrase` → `ssl.key.password`.
 * - librdkafka configs (node-rdkafka, @confluentinc/kafka-javascript): any object literal
 *   with librdkafka keys such as `'bootstrap.servers'`, `'security.protocol'`,
 *   `'sasl.password'`; keys are kept as written (librdkafka's names), except that
 *   `ssl.endpoint.identification.algorithm: 'none'` becomes the Java empty value.
 */
export const readJavaScript: DraftReader = (source: SourceText) => {
  const parsed = parseJavaScript(source.text, source.file);
  if (!parsed.ok) return { drafts: [], error: parsed.error };
  const file = parsed.value;
  const comments: SourceComment[] = (file.comments ?? []).map((comment) => ({ line: comment.loc?.start.line ?? 1, text: comment.value }));
  const bindings = collectObjectBindings(file.program);
  const drafts: DocumentDraft[] = [];
  const seen = new Set<ObjectExpression>();
  walk(file.program, (node) => {
    if (node.type === 'NewExpression' && calleeName(node.callee) === 'Kafka') {
      const config = resolveObject(node.arguments[0] as Expression | undefined, bindings);
      if (!config || seen.has(config)) return;
      const kafkaJs = propertyNamed(config, 'kafkaJS');
      const target = kafkaJs && kafkaJs.value.type === 'ObjectExpression' ? kafkaJs.value : isKafkaJsShaped(config) ? config : undefined;
      if (target && !seen.has(target)) {
        seen.add(target);
        const draft = kafkaJsDraft(target, bindings);
        if (draft) drafts.push(draft);
      }
      return;
    }
    if (node.type === 'ObjectExpression' && !seen.has(node) && isLibrdkafkaShaped(node)) {
      seen.add(node);
      const draft = librdkafkaDraft(node);
      if (draft) drafts.push(draft);
    }
  });
  return { drafts: drafts.map((draft) => ({ ...draft, comments })) };
};

// --- AST helpers ---------------------------------------------------------------------------

const SKIP_KEYS = new Set(['loc', 'start', 'end', 'leadingComments', 'trailingComments', 'innerComments', 'extra', 'range', 'tokens', 'comments', 'errors']);

function walk(node: Node, visit: (node: Node) => void): void {
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
      continue;
    }
    const current = item as Node;
    if (typeof current.type !== 'string') continue;
    visit(current);
    for (const [key, value] of Object.entries(current)) if (!SKIP_KEYS.has(key) && value && typeof value === 'object') stack.push(value);
  }
}

function calleeName(callee: Node): string | undefined {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.property.type === 'Identifier') return callee.property.name;
  return undefined;
}

/** `const config = {…}` anywhere in the file, by name (the first one wins). */
function collectObjectBindings(program: Node): Map<string, ObjectExpression> {
  const out = new Map<string, ObjectExpression>();
  walk(program, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      let init: Node = node.init;
      while (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression' || init.type === 'TypeCastExpression') init = init.expression;
      if (init.type === 'ObjectExpression' && !out.has(node.id.name)) out.set(node.id.name, init);
    }
  });
  return out;
}

function resolveObject(node: Expression | undefined, bindings: ReadonlyMap<string, ObjectExpression>): ObjectExpression | undefined {
  if (!node) return undefined;
  if (node.type === 'ObjectExpression') return node;
  if (node.type === 'Identifier') return bindings.get(node.name);
  return undefined;
}

function keyName(property: ObjectProperty): string | undefined {
  if (property.computed) return property.key.type === 'StringLiteral' ? property.key.value : undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'StringLiteral') return property.key.value;
  return undefined;
}

function properties(object: ObjectExpression): ObjectProperty[] {
  return object.properties.filter((property): property is ObjectProperty => property.type === 'ObjectProperty');
}

function propertyNamed(object: ObjectExpression, name: string): ObjectProperty | undefined {
  return [...properties(object)].reverse().find((property) => keyName(property) === name);
}

/** `x as T`, `x satisfies T`, `x!`, `(x)`: the expression itself. */
function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'TSAsExpression' || current.type === 'TSSatisfiesExpression' || current.type === 'TSNonNullExpression' || current.type === 'ParenthesizedExpression' || current.type === 'TypeCastExpression') {
    current = current.expression;
  }
  return current;
}

/** The value of a literal: strings, numbers, booleans, template literals without `${}`. */
function literal(wrapped: Node): string | undefined {
  const node = unwrap(wrapped);
  switch (node.type) {
    case 'StringLiteral':
      return node.value;
    case 'NumericLiteral':
      return String(node.value);
    case 'BooleanLiteral':
      return String(node.value);
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? node.quasis.map((quasi) => quasi.value.cooked ?? quasi.value.raw).join('') : undefined;
    default:
      return undefined;
  }
}

function spanOf(node: Node): Span {
  const loc = node.loc!;
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

/** The span of a string literal's text without quotes, when it is on one line and has no escapes. */
function innerSpan(node: Node, value: string): Span {
  const span = spanOf(node);
  if ((node.type === 'StringLiteral' || node.type === 'TemplateLiteral') && span.line === span.endLine && span.endColumn - span.column === value.length + 2) {
    return { line: span.line, column: span.column + 1, endLine: span.line, endColumn: span.endColumn - 1 };
  }
  return span;
}

// --- kafkajs -------------------------------------------------------------------------------

/** A property value, or the object literal a `const` of that name holds (`{ sasl }`, `ssl: tlsOptions`). */
function objectOrLiteral(value: Node, bindings: ReadonlyMap<string, ObjectExpression>): Node {
  const node = unwrap(value);
  return node.type === 'Identifier' ? (bindings.get(node.name) ?? node) : node;
}

function isKafkaJsShaped(object: ObjectExpression): boolean {
  return ['brokers', 'ssl', 'sasl', 'clientId'].some((name) => propertyNamed(object, name) !== undefined);
}

const KAFKAJS_MECHANISMS: Record<string, string> = {
  plain: 'PLAIN',
  'scram-sha-256': 'SCRAM-SHA-256',
  'scram-sha-512': 'SCRAM-SHA-512',
  aws: 'AWS_MSK_IAM',
  oauthbearer: 'OAUTHBEARER',
};

function kafkaJsDraft(config: ObjectExpression, bindings: ReadonlyMap<string, ObjectExpression>): DocumentDraft | undefined {
  const entries: Entry[] = [];
  const origin = 'kafkajs new Kafka()';
  const brokers = propertyNamed(config, 'brokers');
  const brokerList = brokers ? unwrap(brokers.value) : undefined;
  if (brokers && brokerList?.type === 'ArrayExpression') {
    const items = brokerList.elements.map((element) => (element ? literal(element) : undefined));
    if (items.length > 0 && items.every((item) => item !== undefined)) {
      entries.push(createEntry({ key: 'bootstrap.servers', value: items.join(','), span: spanOf(brokers), valueSpan: spanOf(brokerList), origin: `${origin} brokers` }));
    }
  }
  const clientId = propertyNamed(config, 'clientId');
  const clientIdValue = clientId ? literal(clientId.value) : undefined;
  if (clientId && clientIdValue !== undefined) entries.push(createEntry({ key: 'client.id', value: clientIdValue, span: spanOf(clientId), valueSpan: innerSpan(clientId.value, clientIdValue), origin: `${origin} clientId` }));

  // ssl: absent/false = plaintext; true or an object = TLS; anything else is unknown.
  const ssl = propertyNamed(config, 'ssl');
  let tls: boolean | undefined = ssl ? undefined : false;
  if (ssl) {
    const sslValue = objectOrLiteral(ssl.value, bindings);
    if (sslValue.type === 'BooleanLiteral') tls = sslValue.value;
    else if (sslValue.type === 'ObjectExpression') {
      tls = true;
      const reject = propertyNamed(sslValue, 'rejectUnauthorized');
      if (reject && reject.value.type === 'BooleanLiteral' && !reject.value.value) {
        entries.push(createEntry({ key: 'ssl.endpoint.identification.algorithm', value: '', span: spanOf(reject), valueSpan: spanOf(reject.value), origin: `${origin} ssl.rejectUnauthorized: false (no certificate verification)` }));
      }
      const passphrase = propertyNamed(sslValue, 'passphrase');
      const passphraseValue = passphrase ? literal(passphrase.value) : undefined;
      if (passphrase && passphraseValue !== undefined) {
        entries.push(createEntry({ key: 'ssl.key.password', value: passphraseValue, span: spanOf(passphrase), valueSpan: innerSpan(passphrase.value, passphraseValue), origin: `${origin} ssl.passphrase` }));
      }
    }
  }
  const sasl = propertyNamed(config, 'sasl');
  const saslValue = sasl ? objectOrLiteral(sasl.value, bindings) : undefined;
  let usesSasl: boolean | undefined = sasl ? undefined : false;
  if (sasl && saslValue?.type === 'ObjectExpression') {
    usesSasl = true;
    const mechanismProperty = propertyNamed(saslValue, 'mechanism');
    const mechanismText = mechanismProperty ? literal(mechanismProperty.value) : undefined;
    const mechanism = mechanismText !== undefined ? (KAFKAJS_MECHANISMS[mechanismText.toLowerCase()] ?? mechanismText.toUpperCase()) : undefined;
    if (mechanismProperty && mechanism !== undefined) {
      entries.push(createEntry({ key: 'sasl.mechanism', value: mechanism, span: spanOf(mechanismProperty), valueSpan: innerSpan(mechanismProperty.value, mechanismText!), origin: `${origin} sasl.mechanism` }));
    }
    const username = propertyNamed(saslValue, 'username');
    const password = propertyNamed(saslValue, 'password');
    const user = username ? literal(username.value) : undefined;
    const secret = password ? literal(password.value) : undefined;
    const module = mechanism === 'PLAIN' ? 'org.apache.kafka.common.security.plain.PlainLoginModule' : mechanism?.startsWith('SCRAM-') ? 'org.apache.kafka.common.security.scram.ScramLoginModule' : undefined;
    if (password && module && user !== undefined && secret !== undefined) {
      entries.push(
        createEntry({
          key: 'sasl.jaas.config',
          value: `${module} required username="${user}" password="${secret}";`,
          span: spanOf(password),
          valueSpan: innerSpan(password.value, secret),
          origin: `${origin} sasl.username / sasl.password`,
        }),
      );
    }
  } else if (sasl && saslValue && (saslValue.type === 'NullLiteral' || (saslValue.type === 'Identifier' && saslValue.name === 'undefined'))) {
    usesSasl = false;
  }
  if (tls !== undefined && usesSasl !== undefined) {
    const protocol = `${usesSasl ? 'SASL_' : ''}${tls ? 'SSL' : 'PLAINTEXT'}`;
    const at = ssl ?? sasl;
    const span = at ? spanOf(at) : { ...spanOf(config), endLine: spanOf(config).line, endColumn: spanOf(config).column + 1 };
    entries.push(createEntry({ key: 'security.protocol', value: protocol, span, origin: `${origin} ${ssl ? 'ssl' : sasl ? 'sasl' : '(no ssl: kafkajs connects in plaintext)'}` }));
  }
  if (entries.length === 0) return undefined;
  return { format: 'javascript', roles: ['client'], entries, name: `kafkajs client (line ${spanOf(config).line})` };
}

// --- librdkafka ----------------------------------------------------------------------------

const LIBRDKAFKA_KEY = /^(bootstrap\.servers|metadata\.broker\.list|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+|enable\.ssl\.certificate\.verification)$/;

function isLibrdkafkaShaped(object: ObjectExpression): boolean {
  return properties(object).some((property) => {
    const name = keyName(property);
    return name !== undefined && LIBRDKAFKA_KEY.test(name);
  });
}

function librdkafkaDraft(object: ObjectExpression): DocumentDraft | undefined {
  const entries: Entry[] = [];
  for (const property of properties(object)) {
    const name = keyName(property);
    if (name === undefined || !name.includes('.')) continue;
    let value = literal(property.value);
    if (value === undefined) continue;
    const valueSpan = innerSpan(property.value, value);
    let origin = 'librdkafka config';
    if (name === 'ssl.endpoint.identification.algorithm' && value.toLowerCase() === 'none') {
      value = '';
      origin = "librdkafka config ('none' disables hostname verification)";
    }
    entries.push(createEntry({ key: name, value, span: joinSpans(spanOf(property.key), spanOf(property.value)), valueSpan, origin }));
  }
  if (entries.length === 0) return undefined;
  return { format: 'javascript', roles: ['client'], entries, name: `librdkafka client (line ${spanOf(object).line})` };
}
