import { perDocument } from '../per-document.js';
import { isSasl, isUnknown, listenerSetting, type ListenerSetting, openListeners, type ServerListener, splitList } from './broker-listeners.js';

export const SCRAM_MECHANISMS: readonly string[] = ['SCRAM-SHA-256', 'SCRAM-SHA-512'];

/** The SASL mechanisms one SASL listener accepts. */
export interface ListenerMechanisms {
  readonly listener: ServerListener;
  /** Where `sasl.enabled.mechanisms` comes from for this listener. */
  readonly setting: ListenerSetting;
  /** As Kafka compares them: case-sensitive (PlainSaslServerFactory rejects `plain`). */
  readonly mechanisms: readonly string[];
}

/**
 * `sasl.enabled.mechanisms` (default GSSAPI) of every SASL listener the node opens, with
 * `listener.name.<l>.sasl.enabled.mechanisms` overriding it. Listeners whose setting is a
 * provider reference are left out: their mechanisms cannot be known.
 */
export const saslListenerMechanisms = perDocument((doc): readonly ListenerMechanisms[] => {
  const out: ListenerMechanisms[] = [];
  for (const listener of openListeners(doc)) {
    if (!isSasl(listener.protocol)) continue;
    const setting = listenerSetting(doc, listener.name, 'sasl.enabled.mechanisms');
    if (isUnknown(setting.entry)) continue;
    out.push({ listener, setting, mechanisms: splitList(setting.value ?? 'GSSAPI') });
  }
  return out;
});
