import { defineRule } from '../src/rule-kit/index.js';
import { isUnknown } from '../src/model/kafka/broker-listeners.js';
import { systemProperty, variableIsSet } from '../src/model/kafka/broker-jvm.js';

const PREFIX = 'com.sun.management.jmxremote';

export default defineRule({
  id: 'jmx-remote-unauthenticated',
  title: 'Remote JMX is open without authentication',
  severity: 'critical',
  component: 'broker',
  appliesTo: ['broker', 'controller'],
  attacker: 'network-client',
  posture: 'production',
  references: ['CWE-306', 'https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html', 'https://kafka.apache.org/documentation/#remote_jmx'],
  cwe: [306],

  *check(doc) {
    // The remote port: -Dcom.sun.management.jmxremote.port, or KAFKA_JMX_PORT, which the
    // launch scripts of the Apache and Confluent images turn into that flag.
    const flagPort = systemProperty(doc, `${PREFIX}.port`);
    const imagePort = doc.get('jmx.port');
    const port = flagPort ?? (imagePort?.origin === 'environment KAFKA_JMX_PORT' ? imagePort : undefined);
    if (!port || port.value.trim() === '') return;
    const authenticate = systemProperty(doc, `${PREFIX}.authenticate`);
    if (isUnknown(authenticate)) return;
    // Those scripts add authenticate=false and ssl=false when KAFKA_JMX_OPTS is empty;
    // otherwise the JVM's own default (authentication on) applies.
    const imageDefault = !authenticate && flagPort === undefined && !variableIsSet(doc, 'KAFKA_JMX_OPTS');
    const off = authenticate ? authenticate.value.trim().toLowerCase() === 'false' : imageDefault;
    if (!off) return;
    const localOnly = systemProperty(doc, `${PREFIX}.local.only`);
    const host = systemProperty(doc, `${PREFIX}.host`);
    if (localOnly?.value.trim().toLowerCase() === 'true' && !imageDefault) return;
    if (host && /^(localhost|127\.[\d.]+|::1|\[::1\])$/i.test(host.value.trim())) return;
    const ssl = systemProperty(doc, `${PREFIX}.ssl`);
    const plain = imageDefault || ssl?.value.trim().toLowerCase() === 'false';
    const portText = isUnknown(port) ? 'its JMX port' : `JMX port ${port.value.trim()}`;
    const why = imageDefault
      ? `KAFKA_JMX_PORT opens ${portText} and, with KAFKA_JMX_OPTS unset, the image's launch script adds ${PREFIX}.authenticate=false and ssl=false`
      : `${portText} is open with ${PREFIX}.authenticate=false${plain ? ' and ssl=false' : ''}`;
    yield {
      entry: imageDefault ? port : authenticate!,
      message: `Remote JMX needs no credentials: ${why}. Anyone who reaches the port can read and change the broker's MBeans and, through them, run code in the broker JVM.`,
    };
  },
});
