import { useMemo } from 'react';
import { useAppStore } from '../store/appStore.ts';
import { otherNames } from './otherNames.ts';

/** Names in add/drop that are not canonical (`CAP_NET_ADMIN`, `net_admin`, `NET_FOO`), with their effect. */
export function OtherNames({ disabled }: { disabled: boolean }) {
  const request = useAppStore((s) => s.request);
  const runtime = useAppStore((s) => s.runtime);
  const setCapability = useAppStore((s) => s.setCapability);
  const replaceCapability = useAppStore((s) => s.replaceCapability);
  const others = useMemo(() => otherNames(request, runtime), [request, runtime]);
  if (others.length === 0) return null;
  return (
    <section className="other-names" aria-labelledby="other-names-heading">
      <h3 id="other-names-heading">Other names in add/drop</h3>
      <ul>
        {others.map((o, i) => (
          <li key={`${o.list}-${o.name}-${i}`}>
            <code>
              {o.list}: {o.name}
            </code>{' '}
            — {o.effect}
            <span className="other-actions">
              {o.suggestion && o.suggestion !== o.name && (
                <button
                  type="button"
                  disabled={disabled}
                  onClick={() => replaceCapability(o.list, o.name, o.suggestion ?? o.name)}
                >
                  Write {o.suggestion}
                  <span className="visually-hidden">
                    {' '}
                    instead of {o.name} in {o.list}
                  </span>
                </button>
              )}
              <button
                type="button"
                disabled={disabled}
                onClick={() => setCapability(o.list, o.name, false)}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {o.name} from {o.list}
                </span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
