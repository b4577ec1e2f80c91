import { defineRule } from '../src/rule-kit/index.js';
import { spanWithinValue } from '../src/model/kafka/listeners.js';
import { servesRestApi } from '../src/model/kafka/connect-worker.js';
import { declaredProviders, isBroadAllowedPath, normalizePath } from '../src/model/kafka/connect-providers.js';
import { formatVersion, isAtLeast } from '../src/util/version.js';

export default defineRule({
  id: 'connect-file-provider-unrestricted',
  title: 'Connector configs can read any file on the Connect worker through a config provider',
  severity: 'high',
  component: 'worker',
  appliesTo: ['worker'],
  attacker: 'rest-client',
  posture: 'production',
  references: ['KIP-297', 'KIP-993', 'CVE-2024-31141', 'CWE-22', 'https://kafka.apache.org/documentation/#config_providers'],
  cwe: [22, 200],

  *check(doc) {
    if (!servesRestApi(doc)) return;
    for (const provider of declaredProviders(doc)) {
      if (provider.kind !== 'file' && provider.kind !== 'directory') continue;
      const entry = provider.classEntry ?? provider.listEntry;
      const reads = provider.kind === 'file' ? `\${${provider.alias}:/any/path:key}` : `\${${provider.alias}:/any/dir:file}`;
      const what = provider.kind === 'file' ? 'FileConfigProvider' : 'DirectoryConfigProvider';
      if (!isAtLeast(doc.kafkaVersion, '3.8')) {
        yield {
          entry,
          message: `Config provider ${provider.alias} (${what}) reads any path, and Kafka ${formatVersion(doc.kafkaVersion)} has no allowed.paths (added in 3.8.0, KIP-993): a connector config with ${reads} makes the worker read any file it can.`,
          discriminator: provider.alias,
        };
        continue;
      }
      const param = provider.params.get('allowed.paths');
      if (!param) {
        yield {
          entry,
          message: `Config provider ${provider.alias} (${what}) has no config.providers.${provider.alias}.param.allowed.paths: a connector config with ${reads} makes the worker read any file it can.`,
          discriminator: provider.alias,
        };
        continue;
      }
      if (param.isProviderReference) continue;
      let offset = 0;
      for (const part of param.value.split(',')) {
        const path = part.trim();
        const at = offset + part.indexOf(path);
        offset += part.length + 1;
        if (path === '' || !isBroadAllowedPath(normalizePath(path))) continue;
        yield {
          entry: param,
          span: spanWithinValue(param, at, path.length),
          message: `The allowlist config.providers.${provider.alias}.param.allowed.paths allows ${path}, which holds far more than connector secrets: a connector config can read any file below it.`,
          discriminator: `${provider.alias}:${path}`,
        };
      }
    }
  },
});
