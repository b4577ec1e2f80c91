import { defineRule } from '../src/rule-kit/index.js';
import { servesRestApi } from '../src/model/kafka/connect-worker.js';
import { declaredProviders } from '../src/model/kafka/connect-providers.js';

/** Patterns that match every variable name (EnvVarConfigProvider uses Matcher.matches). */
const MATCH_ALL = new Set(['.*', '.+', '^.*$', '^.+$', '(.*)', '^(.*)$', '.*?', '[\\s\\S]*', '(?s).*']);

export default defineRule({
  id: 'connect-envvar-provider-unrestricted',
  title: 'Connector configs can read every environment variable of the Connect worker',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-887', 'CVE-2024-31141', 'CWE-526', 'https://kafka.apache.org/documentation/#config_providers'],
  cwe: [526, 200],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    for (const provider of declaredProviders(doc)) {
      if (provider.kind !== 'env') continue;
      const entry = provider.classEntry ?? provider.listEntry;
      const reads = `\${${provider.alias}:AWS_SECRET_ACCESS_KEY}`;
      const pattern = provider.params.get('allowlist.pattern');
      if (!pattern) {
        const misnamed = [...provider.params.keys()].find((name) => /pattern/i.test(name));
        const hint = misnamed ? ` (param.${misnamed} is not read by EnvVarConfigProvider; the parameter is allowlist.pattern)` : '';
        yield {
          entry,
          message: `Config provider ${provider.alias} (EnvVarConfigProvider) has no config.providers.${provider.alias}.param.allowlist.pattern${hint}: a connector config with ${reads} reads any environment variable of the worker.`,
          discriminator: provider.alias,
        };
        continue;
      }
      if (pattern.isProviderReference || !MATCH_ALL.has(pattern.value.trim())) continue;
      yield {
        entry: pattern,
        message: `The pattern config.providers.${provider.alias}.param.allowlist.pattern=${pattern.value.trim()} matches every variable name: a connector config with ${reads} reads any environment variable of the worker.`,
        discriminator: provider.alias,
      };
    }
  },
});
