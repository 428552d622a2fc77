import { capabilityByName } from '../capabilityCatalog.ts';
import { hasCapPrefix, isAll } from '../runtimes/names.ts';

/** How an `add`/`drop` entry is written, against the canonical Kubernetes spelling. */
export interface Spelling {
  /** What the author evidently meant: `NET_ADMIN` for `cap_net_admin`, `ALL` for `all`; undefined when nothing. */
  readonly canonical: string | undefined;
  /** Written with a `CAP_` prefix, in any case. */
  readonly prefixed: boolean;
  /** Has a lower-case letter. */
  readonly notUppercase: boolean;
}

/**
 * Reads an entry as its author meant it, independent of any runtime: the runtimes disagree on the
 * prefix and the Pod Security checks accept neither, so the canonical spelling is the portable one.
 * `CAP_ALL` means nothing: no runtime strips a prefix before looking for "ALL".
 */
export function spellingOf(name: string): Spelling {
  const upper = name.toUpperCase();
  const prefixed = hasCapPrefix(name);
  const bare = prefixed ? upper.slice('CAP_'.length) : upper;
  const canonical = isAll(name) ? 'ALL' : capabilityByName(bare)?.name;
  return { canonical, prefixed, notUppercase: name !== upper };
}
