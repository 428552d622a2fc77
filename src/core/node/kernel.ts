import { CAP_LAST_CAP } from '../capabilityCatalog.ts';
import { atLeast } from './nodeProfile.ts';

/**
 * The kernel's `/proc/sys/kernel/cap_last_cap` for a mainline version (man7 capabilities(7)):
 * 37 (CAP_AUDIT_READ) up to 5.7, 39 (CAP_PERFMON 38, CAP_BPF 39) in 5.8, 40
 * (CAP_CHECKPOINT_RESTORE) from 5.9. Distribution kernels that backport (RHEL 8's 4.18) differ;
 * the kernel axis is labelled by mainline version for that reason.
 */
export function kernelLastCap(kernel: string): number {
  if (atLeast(kernel, '5.9')) return CAP_LAST_CAP;
  if (atLeast(kernel, '5.8')) return 39;
  return 37;
}

/** Every capability number the kernel has: what any set on that node can hold at most. */
export function maskUpTo(last: number): bigint {
  return (1n << BigInt(last + 1)) - 1n;
}
