import { capabilityByName } from '../capabilityCatalog.ts';
import { kernelLastCap } from '../node/kernel.ts';
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
  const missing = `${runtime.label} prepends CAP_ to every name and looks for CAP_${entry.name.toUpperCase()}, which does not exist`;
  let here: string;
  if (fate === 'uses') {
    here = `${runtime.label} accepts "${entry.name}" as ${canonical}, but other runtimes may not: ${otherRuntimesSentence(ctx.node, entry)}`;
  } else if (fate === 'refuses') {
    here = `${missing}, and ${ociRuntimeLabel(ctx)} refuses an unknown capability, so the container does not start. ${otherRuntimesSentence(ctx.node, entry)}`;
  } else {
    here = `${missing}, so ${canonical} is NOT ${verb}. ${otherRuntimesSentence(ctx.node, entry)}`;
  }
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

/** `crun 1.29` or `runc 1.5`: who starts the process on this node. */
function ociRuntimeLabel(ctx: InspectContext): string {
  return `${ctx.node.ociRuntime} ${ctx.node.ociRuntimeVersion}`;
}

/** Who refuses, in a sentence: containerd hands the name to crun ≥ 1.29, which refuses it. */
function refuser(ctx: InspectContext): string {
  return !ctx.sets.ok && ctx.sets.refusal.by === 'crun'
    ? `${ctx.runtime.label} passes it on and ${ociRuntimeLabel(ctx)}`
    : ctx.runtime.label;
}

function unknownCapability(ctx: InspectContext, entry: CapabilityEntry): InspectionWarning {
  const { runtime } = ctx;
  let here: string;
  switch (entryFate(runtime, entry)) {
    case 'refuses':
      here = `${refuser(ctx)} refuses to create the container.`;
      break;
    case 'ignores':
      here =
        entry.list === 'add'
          ? `${runtime.label} skips it (${ctx.node.ociRuntime} logs a warning) and the container starts without it.`
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
    message: `"${entry.name}" is not one of the 41 Linux capabilities. ${here} ${otherRuntimesSentence(ctx.node, entry)}${ignoredWhilePrivileged(ctx)} Remove it, or correct the name.${guess}`,
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

/**
 * `unavailable-capability`: one of the 41, but not on this node: the kernel ends before it
 * (RUNTIME-SEMANTICS §13), or Docker 20.10 does not know it (§14). Only for adds: a drop of
 * something the node cannot grant removes nothing that was there.
 */
function unavailableCapability(
  ctx: InspectContext,
  entry: CapabilityEntry,
  canonical: string,
): InspectionWarning | undefined {
  const cap = capabilityByName(canonical);
  if (!cap || entry.list !== 'add' || ctx.runtime.resolve(entry.name)) return undefined;
  const last = kernelLastCap(ctx.node.kernel);
  // A spelling this runtime cannot read at all is the spelling warnings' business.
  if (cap.number <= last && !(ctx.node.runtime === 'docker' && cap.number > 37)) return undefined;
  const why =
    cap.number > last
      ? `Linux ${ctx.node.kernel} ends at capability ${last} (${canonical} is ${cap.number}, added in Linux ${cap.since})`
      : `Docker ${ctx.node.runtimeVersion} knows capabilities 0–37 only`;
  const here =
    entryFate(ctx.runtime, entry) === 'refuses'
      ? `${ctx.runtime.label} refuses to create the container.`
      : `${ctx.runtime.label} passes it on, ${ctx.node.ociRuntime === 'runc' ? 'runc skips it with a warning' : 'the kernel drops it'}, and the container starts without it.`;
  return {
    code: 'unavailable-capability',
    severity: 'warning',
    message: `${canonical} is not available on this node: ${why}. ${here} ${otherRuntimesSentence(ctx.node, entry)} Use a newer kernel${ctx.node.runtime === 'docker' ? ' or Docker Engine' : ''}, or remove it.`,
    capability: entry.name,
    documentIndex: ctx.workload.documentIndex,
    paths: [entry.path],
    fix: { kind: 'remove-capability', list: entry.list, name: entry.name },
  };
}

/**
 * `cap-prefix`, `not-uppercase`, `unknown-capability` and `unavailable-capability`: how each entry
 * is spelled and what that does on this node.
 */
export function spellingWarnings(ctx: InspectContext): InspectionWarning[] {
  const out: InspectionWarning[] = [];
  for (const entry of [...ctx.settings.add, ...ctx.settings.drop]) {
    const { canonical, prefixed, notUppercase: lower } = spellingOf(entry.name);
    if (canonical === undefined) {
      out.push(unknownCapability(ctx, entry));
      continue;
    }
    const unavailable = unavailableCapability(ctx, entry, canonical);
    if (unavailable) out.push(unavailable);
    if (prefixed) out.push(capPrefix(ctx, entry, canonical));
    if (lower) out.push(notUppercase(ctx, entry, canonical));
  }
  return out;
}
