import { defineRule } from '../src/rule-kit/index.js';
import type { Severity } from '../src/rule-kit/index.js';
import { clientOverrides, connectWorkersFor, overridePolicyOf, policyPermits } from '../src/model/kafka/connect-overrides.js';
import { hostOf } from '../src/model/kafka/client-security.js';
import { isUnknownValue, listValue } from '../src/model/kafka/connect-worker.js';
import { parseJaasConfig } from '../src/model/kafka/jaas.js';

/** Mechanisms that hand the server a reusable secret (a password, a bearer token). */
const REUSABLE = new Set(['PLAIN', 'OAUTHBEARER']);

function servers(value: string): Set<string> {
  return new Set(listValue(value).map((server) => `${hostOf(server).toLowerCase()}:${server.slice(server.lastIndexOf(':') + 1)}`));
}

export default defineRule({
  id: 'connector-bootstrap-override-leaks-worker-credentials',
  title: 'Connector redirects its clients to other brokers while they carry the worker’s credentials',
  severity: 'high',
  component: 'connector',
  appliesTo: ['connector'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['CWE-522', 'CWE-441', 'KIP-458', 'https://kafka.apache.org/documentation/#connectconfigs_connector.client.config.override.policy'],
  cwe: [522, 441],

  *check(doc, ctx) {
    const workers = connectWorkersFor(doc, ctx.deployment);
    if (workers.length === 0) return;
    for (const { entry, prefix } of clientOverrides(doc).filter((override) => override.clientKey === 'bootstrap.servers')) {
      if (isUnknownValue(entry)) continue;
      // The connector brings its own identity: nothing of the worker's is sent.
      if (doc.has(`${prefix}sasl.jaas.config`) || doc.has(`${prefix}ssl.keystore.location`)) continue;
      const client = prefix.slice(0, prefix.indexOf('.'));
      const target = servers(entry.value);
      for (const worker of workers) {
        if (policyPermits(overridePolicyOf(worker), 'bootstrap.servers') !== true) continue;
        // Worker.adminConfigs starts from the unprefixed worker settings; producers and consumers do not.
        const jaas = worker.get(`${client}.sasl.jaas.config`) ?? (client === 'admin' ? worker.get('sasl.jaas.config') : undefined);
        if (!jaas) continue;
        const own = worker.get(`${client}.bootstrap.servers`) ?? worker.get('bootstrap.servers');
        if (own && !isUnknownValue(own) && [...target].every((server) => servers(own.value).has(server))) continue;
        const mechanism = (worker.get(`${client}.sasl.mechanism`) ?? (client === 'admin' ? worker.get('sasl.mechanism') : undefined))?.value.trim().toUpperCase() ?? 'GSSAPI';
        const module = parseJaasConfig(jaas.value)[0]?.className;
        const severity: Severity = REUSABLE.has(mechanism) ? 'high' : 'medium';
        const gives = REUSABLE.has(mechanism) ? `its ${mechanism === 'PLAIN' ? 'password' : 'bearer token'}` : `a ${mechanism} authentication exchange`;
        yield {
          entry,
          severity,
          message: `Override ${entry.key} sends the connector's ${client} client to brokers the connector names, but it still logs in with ${jaas.key}${module ? ` (${module.split('.').pop()})` : ''} of worker ${worker.file}: whoever runs those brokers receives ${gives}.`,
          discriminator: worker.file,
        };
        break;
      }
    }
  },
});
