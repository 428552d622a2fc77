import { useMemo } from 'react';
import { useAppStore } from '../store/useAppStore.ts';
import { otherNames } from '../core/inspect/otherNames.ts';

/**
 * Names in add/drop that are not canonical (`CAP_NET_ADMIN`, `net_admin`, `NET_FOO`), with their
 * effect and, for a misspelling (`SYS_ADMINN`), the capability it probably means, so none is hidden
 * by the checkboxes. Their one-click fixes live in one place: each name
 * has a warning (cap-prefix, not-uppercase, unknown-capability) with its fix in the Warnings panel.
 */
export function OtherNames() {
  const request = useAppStore((s) => s.analysis.request);
  const node = useAppStore((s) => s.node);
  const others = useMemo(() => otherNames(request, node), [request, node]);
  if (others.length === 0) return null;
  return (
    <section className="other-names" aria-labelledby="other-names-heading">
      <h3 id="other-names-heading">Other names in add/drop</h3>
      <p className="note">Each has a warning with a one-click fix under Warnings.</p>
      <ul>
        {others.map((o, i) => (
          <li key={`${o.list}-${o.name}-${i}`}>
            <code>
              {o.list}: {o.name}
            </code>{' '}
            — {o.effect}
            {o.guessed && `; probably ${o.suggestion}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
