/** What a config configures. A combined KRaft node is both `broker` and `controller`. */
export type Role = 'broker' | 'controller' | 'worker' | 'connector' | 'client';

export const ROLES: readonly Role[] = ['broker', 'controller', 'worker', 'connector', 'client'];
