import type { Entry } from '../entry.js';
import { isUnknown } from './broker-listeners.js';

/** One principal of `super.users`, with its offset in the value. */
export interface SuperUser {
  readonly principal: string;
  readonly offset: number;
}

/**
 * `super.users` as StandardAuthorizer.getConfiguredSuperUsers and AclAuthorizer read it:
 * split on `;`, each item trimmed, empty items dropped. Items are compared with
 * `principal.toString()` by exact string (no wildcards; commas belong to DNs).
 */
export function parseSuperUsers(entry: Entry): SuperUser[] {
  const out: SuperUser[] = [];
  let offset = 0;
  for (const part of entry.value.split(';')) {
    const principal = part.trim();
    if (principal !== '') out.push({ principal, offset: offset + (part.length - part.trimStart().length) });
    offset += part.length + 1;
  }
  return out;
}

/** True when an authorizer is configured (or hidden behind a provider reference). */
export function hasAuthorizer(authorizer: Entry | undefined): boolean {
  return authorizer !== undefined && (isUnknown(authorizer) || authorizer.value.trim() !== '');
}
