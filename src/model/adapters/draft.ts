import type { AdapterNote, SourceComment, SourceFormat } from '../config-document.js';
import type { Entry } from '../entry.js';
import type { Role } from '../roles.js';
import type { KafkaVersion } from '../../util/version.js';

/** What an adapter knows of one document; the model adds the file and the target version. */
export interface DocumentDraft {
  readonly format: SourceFormat;
  readonly roles: readonly Role[];
  readonly entries: readonly Entry[];
  readonly name?: string;
  readonly group?: string;
  /** The Kafka version the input itself names (Strimzi spec.version, an image tag). */
  readonly kafkaVersion?: KafkaVersion;
  /** Where the input names it, for messages: `image confluentinc/cp-server:7.9.0`, `Strimzi spec.version`. */
  readonly kafkaVersionSource?: string;
  readonly notes?: readonly AdapterNote[];
  readonly comments?: readonly SourceComment[];
}
