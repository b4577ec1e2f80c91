import type { InputKind } from '../model/build.js';

/** Kafka keys whose presence makes a `key=value` file without a telling name a Kafka config. */
const KAFKA_KEY_LINE = /^[ \t\f]*(bootstrap\.servers|listeners|advertised\.listeners|security\.protocol|sasl\.[a-z.]+|ssl\.[a-z.]+|connector\.class|process\.roles|group\.id|config\.providers|broker\.id|node\.id)[ \t\f]*[=:]/m;

/** YAML that may hold Kafka config: the words of its shapes (apiVersion groups, images, keys). */
const YAML_HINT = /kafka|strimzi|confluent|connector\.class|\bCONNECT_[A-Z]|configurationOverrides/i;

/** The Kafka client libraries whose configs the JavaScript reader understands. */
const JS_CLIENT_HINT = /\bkafkajs\b|node-rdkafka|@confluentinc\/kafka-javascript/;

const JAAS_MODULE = /LoginModule\s+(required|sufficient|requisite|optional)\b/;
const JAAS_SECTION = /^[ \t]*[A-Za-z_$][\w.$-]*\s*\{/m;

/**
 * Decides from the name, then from the first bytes, whether a file is an input and of
 * which syntax. `head` is the start of the file; undefined means "not an input".
 */
export function sniffKind(fileName: string, head: string): InputKind | undefined {
  const name = fileName.toLowerCase();
  const dot = name.lastIndexOf('.');
  const extension = dot === -1 ? '' : name.slice(dot + 1);
  switch (extension) {
    case 'properties':
      return 'properties';
    case 'json':
      return head.includes('connector.class') ? 'json' : undefined;
    case 'yaml':
    case 'yml':
      // Strimzi / CFK resources, compose files of Kafka images, Helm values of Kafka charts,
      // connector configs. The YAML reader keeps only documents of a shape it knows.
      return YAML_HINT.test(head) ? 'yaml' : undefined;
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'jsx':
    case 'ts':
    case 'mts':
    case 'cts':
    case 'tsx':
      // Only sources that use a Kafka client library; type declarations configure nothing.
      return JS_CLIENT_HINT.test(head) && !/\.d\.[mc]?ts$/.test(name) ? 'javascript' : undefined;
    case 'conf':
    case 'config':
    case 'cfg':
    case '':
      // A JAAS file has `Name {` sections holding `<LoginModule> <flag>`; a properties file
      // may hold the same module in a `sasl.jaas.config=` value, without sections.
      if (JAAS_MODULE.test(head) && JAAS_SECTION.test(head)) return 'jaas';
      return KAFKA_KEY_LINE.test(head) ? 'properties' : undefined;
    default:
      return undefined;
  }
}
