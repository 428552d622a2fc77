import type { NamespaceEnforcement } from '../../store/podSecuritySelector.ts';

/** Says which enforce labels of the workload's Namespace (in this text) set the defaults. */
export function NamespaceNote({ namespace }: { namespace: NamespaceEnforcement }) {
  const labels = [
    namespace.level && `enforce=${namespace.level}`,
    namespace.version && `enforce-version=${namespace.version}`,
  ].filter(Boolean);
  return (
    <div className="psa-namespace">
      {labels.length > 0 && (
        <p>
          Namespace <strong>{namespace.name}</strong> enforces <code>{labels.join(', ')}</code>; the
          pickers default to it.
        </p>
      )}
      {namespace.problems.map((problem) => (
        <p key={problem} className="note">
          Namespace {namespace.name}: {problem} (ignored).
        </p>
      ))}
    </div>
  );
}
