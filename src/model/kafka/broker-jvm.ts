import type { ConfigDocument } from '../config-document.js';
import type { Entry } from '../entry.js';

/**
 * JVM system properties of a broker or controller, as adapters model them: `-Dname`
 * entries taken from KAFKA_OPTS / KAFKA_JMX_OPTS (compose), Strimzi
 * `jvmOptions.javaSystemProperties`, or CFK `configOverrides.jvm`.
 */
export function systemProperty(doc: ConfigDocument, name: string): Entry | undefined {
  return doc.get(`-D${name}`);
}

/** True when any JVM flag came from a variable (e.g. `KAFKA_JMX_OPTS`), so that the variable is set. */
export function variableIsSet(doc: ConfigDocument, variable: string): boolean {
  return doc.entries.some((entry) => entry.origin === `environment ${variable}`);
}

/** `a, b ,c` → `[a, b, c]`. */
export function splitModules(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
