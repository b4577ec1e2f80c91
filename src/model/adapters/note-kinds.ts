/**
 * Kinds of AdapterNote the input adapters attach to documents. Kept free of parser
 * imports so rules can name them without loading `yaml` or Babel.
 */

/** A key Strimzi forbids in a `config` map and silently drops (the note's entry is not in the document). */
export const STRIMZI_IGNORED_KEY = 'strimzi-ignored-key';

/** A compose service without `image` or `build`: it overrides a service of another compose file. */
export const COMPOSE_OVERLAY = 'compose-overlay';

/**
 * The secrets in the settings of a Confluent component that logs in to Kafka (Schema
 * Registry, ksqlDB, Control Center, REST Proxy): only they are in the document, and a key
 * it does not set is not judged (the component's defaults are its own).
 */
export const COMPONENT_SETTINGS = 'component-settings';

/** An environment variable the container image reads but does not turn into a config key. */
export const IMAGE_IGNORED_VARIABLE = 'image-ignored-variable';
