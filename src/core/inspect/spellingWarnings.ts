import { closestCapability } from './closestCapability.ts';
import type { CapabilityEntry } from './entries.ts';
import type { InspectContext } from './context.ts';
import { entryFate, otherRuntimesSentence } from './otherRuntimes.ts';
import { spellingOf } from './spelling.ts';
import type { InspectionWarning } from './warning.ts';

const PSA_ADD =
  'Pod Security Admission compares exact strings, so the baseline and restricted levels reject it.';

function ignoredWhilePrivileged(ctx: InspectContext): string {
  if (!ctx.settings.privileged) return '';
  // Docker validates CapAdd/CapDrop at create even for a privileged container (validateCapabilities).
  if (!ctx.sets.ok) {
    return ` Even with privileged: true ${ctx.runtime.label} checks the names, so it refuses the container.`;
  }
  return ` With privileged: true ${ctx.runtime.label} ignores add and drop, so it has no effect today.`;
}

function capPrefix(
  ctx: InspectContext,
  entry: CapabilityEntry,
  canonical: string,
): InspectionWarning {
  const { runtime } = ctx;
  const fate = entryFate(runtime, entry);
  const verb = entry.list === 'add' ? 'granted' : 'dropped';
  const here =
    fate === 'uses'
      ? `${runtime.label} accepts "${entry.name}" as ${canonical}, but other runtimes may not: ${otherRuntimesSentence(runtime, entry)}`
      : `${runtime.label} prepends CAP_ to every name and looks for CAP_${entry.name.toUpperCase()}, which does not exist, so ${canonical} is NOT ${verb}. ${otherRuntimesSentence(runtime, entry)}`;
  const psa = entry.list === 'add' ? ` ${PSA_ADD}` : '';
  return {
    code: 'cap-prefix',
    // Containerd silently does the opposite of what is written; elsewhere only portability suffers.
    severity: fate === 'uses' && entry.list === 'drop' ? 'info' : 'warning',
    message: `"${entry.name}" has the CAP_ prefix. ${here}${psa}${ignoredWhilePrivileged(ctx)} Write ${canonical}.`,
    capability: entry.name,
    documentIndex: ctx.workload.documentIndex,
    paths: [entry.path],
    fix: { kind: 'replace-capability', list: entry.list, from: entry.name, to: canonical },
  };
}

function notUppercase(
  ctx: InspectContext,
  entry: CapabilityEntry,
  canonical: string,
): InspectionWarning {
  let psa: string;
  if (entry.list === 'add') psa = PSA_ADD;
  else if (canonical === 'ALL')
    psa =
      'The restricted Pod Security level requires drop to contain exactly "ALL", so it rejects this pod.';
  else
    psa =
      'Pod Security Admission does not examine individual drops, so only consistency is at stake.';
  const severity = entry.list === 'drop' && canonical !== 'ALL' ? 'info' : 'warning';
  return {
    code: 'not-uppercase',
    severity,
    message: `"${entry.name}" is not upper case. The runtimes upper-case names, so it means ${canonical} to them. ${psa}${ignoredWhilePrivileged(ctx)} Write ${canonical}.`,
    capability: entry.name,
    documentIndex: ctx.workload.documentIndex,
    paths: [entry.path],
    fix: { kind: 'replace-capability', list: entry.list, from: entry.name, to: canonical },
  };
}

function unknownCapability(ctx: InspectContext, entry: CapabilityEntry): InspectionWarning {
  const { runtime } = ctx;
  let here: string;
  switch (entryFate(runtime, entry)) {
    case 'refuses':
      here = `${runtime.label} refuses to create the container.`;
      break;
    case 'ignores':
      here =
        entry.list === 'add'
          ? `${runtime.label} skips it (runc logs a warning) and the container starts without it.`
          : `${runtime.label} skips it, so the drop removes nothing.`;
      break;
    case 'uses':
      // No runtime resolves a name outside the catalog; kept total for a future profile.
      here = `${runtime.label} accepts it.`;
      break;
  }
  const meant = closestCapability(entry.name);
  const guess = meant === undefined ? '' : ` Did you mean ${meant}?`;
  const warning: InspectionWarning = {
    code: 'unknown-capability',
    severity: 'warning',
    message: `"${entry.name}" is not one of the 41 Linux capabilities. ${here} ${otherRuntimesSentence(runtime, entry)}${ignoredWhilePrivileged(ctx)} Remove it, or correct the name.${guess}`,
    capability: entry.name,
    documentIndex: ctx.workload.documentIndex,
    paths: [entry.path],
    fix: { kind: 'remove-capability', list: entry.list, name: entry.name },
  };
  if (meant === undefined) return warning;
  return {
    ...warning,
    correction: { kind: 'replace-capability', list: entry.list, from: entry.name, to: meant },
  };
}

/** `cap-prefix`, `not-uppercase` and `unknown-capability`: how each entry is spelled and what that does. */
export function spellingWarnings(ctx: InspectContext): InspectionWarning[] {
  const out: InspectionWarning[] = [];
  for (const entry of [...ctx.settings.add, ...ctx.settings.drop]) {
    const { canonical, prefixed, notUppercase: lower } = spellingOf(entry.name);
    if (canonical === undefined) {
      out.push(unknownCapability(ctx, entry));
      continue;
    }
    if (prefixed) out.push(capPrefix(ctx, entry, canonical));
    if (lower) out.push(notUppercase(ctx, entry, canonical));
  }
  return out;
}
