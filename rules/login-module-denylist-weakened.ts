import { defineRule, lowerSeverity } from '../src/rule-kit/index.js';
import { isUnknown, isServerConfig, runsBroker } from '../src/model/kafka/broker-listeners.js';
import { hasAuthorizer } from '../src/model/kafka/broker-principals.js';
import { splitModules, systemProperty } from '../src/model/kafka/broker-jvm.js';
import { isAtLeast, patchVerdict, type KafkaVersion } from '../src/util/version.js';

const JNDI = 'com.sun.security.auth.module.JndiLoginModule';
const LDAP = 'com.sun.security.auth.module.LdapLoginModule';
const DISALLOWED = 'org.apache.kafka.disallowed.login.modules';
const ALLOWED = 'org.apache.kafka.allowed.login.modules';

export default defineRule({
  id: 'login-module-denylist-weakened',
  title: 'Dynamic JAAS configs may load the JNDI or LDAP login module, a path to code execution on the broker',
  severity: 'high',
  component: 'broker',
  appliesTo: ['broker'],
  attacker: 'authenticated-client',
  posture: 'production',
  references: ['CVE-2025-27819', 'CVE-2025-27818', 'CWE-94', 'https://kafka.apache.org/documentation/#security_jaas_broker'],
  cwe: [94],

  *check(doc) {
    if (!runsBroker(doc) || !isServerConfig(doc)) return;
    const version = doc.kafkaVersion;
    // Anyone may AlterConfigs without an authorizer, or with one that allows everything on a
    // resource without ACLs (the cluster resource rarely has any); else it takes ALTER_CONFIGS.
    const authorizer = hasAuthorizer(doc.get('authorizer.class.name'));
    const allowEveryone = authorizer && !isUnknown(doc.get('allow.everyone.if.no.acl.found')) && doc.effective('allow.everyone.if.no.acl.found')?.trim().toLowerCase() === 'true';
    const severity = authorizer && !allowEveryone ? 'medium' : 'high';
    const who = !authorizer
      ? 'any client (there is no authorizer)'
      : allowEveryone
        ? 'any client, unless an ACL names the cluster resource (allow.everyone.if.no.acl.found=true),'
        : 'a client with ALTER_CONFIGS on the cluster';
    const risk = (modules: string[]) => `${who} can set a broker's sasl.jaas.config to ${modules.map(simpleName).join(' or ')} and make the broker run code from a server it names`;

    const allowed = isAtLeast(version, '4.2') ? systemProperty(doc, ALLOWED) : undefined;
    if (allowed) {
      if (isUnknown(allowed)) return;
      const listed = splitModules(allowed.value).filter((module) => module === JNDI || module === LDAP);
      if (listed.length > 0) yield { entry: allowed, severity, message: `The -D${ALLOWED} allowlist admits ${listed.map(simpleName).join(' and ')}: ${risk(listed)}.` };
      return;
    }

    const disallowed = systemProperty(doc, DISALLOWED);
    if (isUnknown(disallowed)) return;
    const cves = (missing: string[]) => [...(missing.includes(JNDI) && !isAtLeast(version, '3.4') ? ['CVE-2025-27819'] : []), ...(missing.includes(LDAP) ? ['CVE-2025-27818'] : [])];
    if (disallowed) {
      if (!isAtLeast(version, '3.4')) {
        yield { entry: disallowed, severity, references: cves([JNDI, LDAP]), message: `${doc.kafkaVersionText} ignores -D${DISALLOWED} (it exists since 3.4.0): ${risk([JNDI, LDAP])}.` };
        return;
      }
      const listed = splitModules(disallowed.value);
      const missing = [JNDI, LDAP].filter((module) => !listed.includes(module));
      if (missing.length > 0) {
        yield { entry: disallowed, severity, references: cves(missing), message: `The -D${DISALLOWED} list leaves out ${missing.map(simpleName).join(' and ')}: ${risk(missing)}.` };
      }
      return;
    }
    const missing = unprotectedByDefault(version);
    if (missing.length === 0) {
      // A Confluent Platform patch release of the 3.9 line may or may not block LdapLoginModule.
      if (patchVerdict(version, (candidate) => unprotectedByDefault(candidate).includes(LDAP)) !== 'maybe') return;
      yield {
        key: `-D${DISALLOWED}`,
        severity: lowerSeverity(severity),
        references: cves([LDAP]),
        message: `${doc.kafkaVersionText} may not block LdapLoginModule by default (Kafka does from 3.9.1; the patch level of this release is unknown) and -D${DISALLOWED} is not set: unless it does, ${risk([LDAP])}.`,
      };
      return;
    }
    yield {
      key: `-D${DISALLOWED}`,
      severity,
      references: cves(missing),
      message: `${doc.kafkaVersionText} does not block ${missing.map(simpleName).join(' or ')} by default and -D${DISALLOWED} is not set: ${risk(missing)}.`,
    };
  },
});

/** What the default denylist misses: everything before 3.4.0, LdapLoginModule before 3.9.1. */
function unprotectedByDefault(version: KafkaVersion): string[] {
  if (!isAtLeast(version, '3.4')) return [JNDI, LDAP];
  if (!isAtLeast(version, '3.9.1')) return [LDAP];
  return [];
}

function simpleName(module: string): string {
  return module.slice(module.lastIndexOf('.') + 1);
}
