import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { scan } from '../src/scan/scan.js';
import { readYaml } from '../src/model/adapters/yaml.js';
import type { DocumentDraft } from '../src/model/adapters/draft.js';
import { PROJECT_ROOT } from './helpers/fixtures.js';

/**
 * The shared corpus (../shared/corpus: 399 real files from 41 public projects, never
 * copied into this repository). Scanning all of it must not crash, and only files that
 * are not what their name says may fail to parse — each one is explained in
 * docs/corpus-review.md, section "Parse errors".
 */
const CORPUS = resolve(PROJECT_ROOT, '..', 'shared', 'corpus');

const EXPECTED_PARSE_ERRORS = [
  // Shell scripts (curl … -d '{…}') saved as .json.
  'confluentinc__demo-scene/no-more-silos/scripts/debezium-source-customers-00.json',
  'confluentinc__demo-scene/no-more-silos/scripts/jdbc_source_mysql_00.json',
  'confluentinc__demo-scene/rail-data-streaming-pipeline/national rail.json',
  // Broken JSON: a missing comma.
  'jcustenborder__kafka-connect-spooldir/config/CSVExample.json',
  // Fragments of a JSON object (members without the surrounding braces).
  'vdesabou__kafka-docker-playground/ccloud/fm-debezium-postgresql-v2-source/config-PostgresCdcSourceV2.json',
  'vdesabou__kafka-docker-playground/ccloud/fm-jdbc-mysql-sink/config-MySqlSink.json',
  // Broken YAML: a service key indented under the previous service's environment.
  'confluentinc__demo-scene/gcp-pipeline/docker-compose-ccloud.yml',
  // Broken YAML: the first line is `---\` (a stray backslash after the document marker).
  'confluentinc__kafka-images/kafka-connect/test/fixtures/cluster-host-plain.yml',
];

describe.skipIf(!existsSync(CORPUS))('corpus', () => {
  test('scanning the whole corpus ends without a crash; parse errors only where a file is not what its name says', async () => {
    const result = await scan({ paths: [CORPUS], cwd: PROJECT_ROOT });
    const failures = result.errors.filter((error) => error.message.startsWith('rule '));
    expect(failures, 'a rule threw on a corpus document').toEqual([]);
    const parseErrors = [...new Set(result.errors.filter((error) => !error.message.startsWith('rule ')).map((error) => relative(CORPUS, resolve(PROJECT_ROOT, error.file)).split('\\').join('/')))].sort();
    expect(parseErrors).toEqual([...EXPECTED_PARSE_ERRORS].sort());
    for (const error of result.errors) expect(error.line, `${error.file}: an error names its line`).toBeGreaterThan(0);
    expect(result.filesScanned).toBeGreaterThan(350);
    expect(result.documents).toBeGreaterThan(500);
  }, 180_000);

  /** The traps SUMMARY.md lists, read the way the images and operators read them. */
  describe('traps', () => {
    const drafts = (path: string): DocumentDraft[] => {
      const result = readYaml({ file: path, kind: 'yaml', text: readFileSync(join(CORPUS, path), 'utf8') });
      expect(result.error).toBeUndefined();
      return result.drafts;
    };

    test("kafka-ui's KAFKA_CLUSTERS_0_* are the UI's client settings, not broker settings", () => {
      const docs = drafts('kafbat__kafka-ui/documentation/compose/ui-connectors-auth.yaml');
      for (const doc of docs.filter((candidate) => candidate.roles.includes('broker'))) {
        expect(doc.entries.filter((entry) => entry.key.startsWith('clusters.'))).toEqual([]);
      }
      expect(docs.find((doc) => doc.roles.includes('client'))?.entries.map((entry) => entry.key)).toContain('bootstrap.servers');
    });

    test('JSON saved as .yaml is read as the connector it is', () => {
      const [connector] = drafts('debezium__debezium-examples/tutorial/register-timescaledb.yaml');
      expect(connector?.roles).toEqual(['connector']);
      expect(connector?.entries.some((entry) => entry.key === 'connector.class')).toBe(true);
    });

    test('connector JSON in a compose command, with $${file:…} unescaped to a provider reference', () => {
      const docs = drafts('confluentinc__demo-scene/pipeline-to-the-cloud/docker-compose_auto-provision.yml');
      const connectors = docs.filter((doc) => doc.roles.includes('connector'));
      expect(connectors.map((doc) => doc.name)).toEqual(['source-debezium-mssql-01', 'source-debezium-mysql-01', 'sink_snowflake_01']);
      const jaas = connectors[0]!.entries.find((entry) => entry.key === 'database.history.consumer.sasl.jaas.config')!;
      expect(jaas.isProviderReference).toBe(true);
      expect(jaas.value).not.toContain('$${');
      // The worker of the same compose file is its group.
      expect(new Set(docs.map((doc) => doc.group)).size).toBe(1);
    });

    test("Bitnami's KAFKA_CFG_* decode to Kafka keys; ALLOW_PLAINTEXT_LISTENER is Bitnami's own", () => {
      const [kafka] = drafts('bitnami__containers/bitnami/kafka/docker-compose.yml');
      expect(kafka?.entries.map((entry) => entry.key)).toEqual(['zookeeper.connect']);
    });

    test('a Strimzi example without authentication or authorization keeps its PLAINTEXT listener', () => {
      const [kafka] = drafts('strimzi__strimzi-kafka-operator/examples/kafka/kafka-ephemeral.yaml');
      expect(kafka?.entries.find((entry) => entry.key === 'listener.security.protocol.map')?.value).toContain('PLAIN-9092:PLAINTEXT');
      expect(kafka?.entries.find((entry) => entry.key === 'authorizer.class.name')).toBeUndefined();
    });

    test('playground overlays (services without image) are marked as overlays', () => {
      const docs = drafts('vdesabou__kafka-docker-playground/environment/ldap-authorizer-sasl-plain/docker-compose.yml');
      const broker = docs.find((doc) => doc.name === 'broker');
      expect(broker?.notes?.map((note) => note.kind)).toContain('compose-overlay');
    });
  });
});
