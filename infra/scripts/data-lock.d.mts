export declare const LOCK_FILE: string;
export interface LockHolder {
  pid: number;
  startedAt?: string;
  command?: string;
}
export declare class DataDirLocked extends Error {
  readonly holder: LockHolder;
  constructor(dataDir: string, holder: LockHolder);
}
export declare function lockedMessage(dataDir: string, holder: LockHolder): string;
export declare function lockHolder(dataDir: string): LockHolder | null;
export declare function acquireDataLock(dataDir: string): { file: string; release(): void };
