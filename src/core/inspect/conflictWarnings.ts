import { capabilityByNumber } from '../capabilityCatalog.ts';
import { hasCap } from '../capmask.ts';
import type { CapabilityRequest, RuntimeProfile } from '../runtimes/profile.ts';
import { isAll } from '../runtimes/names.ts';
import { otherRuntimeRules } from '../runtimes/rules.ts';
import { boundingOf, type InspectContext } from './context.ts';
import type { CapabilityEntry } from './entries.ts';
import type { CapabilityFix, InspectionWarning } from './warning.ts';

function without(
  request: CapabilityRequest,
  entries: readonly CapabilityEntry[],
): CapabilityRequest {
  const names = (list: 'add' | 'drop') =>
    new Set(entries.filter((e) => e.list === list).map((e) => e.name));
  const add = names('add');
  const drop = names('drop');
  return {
    ...request,
    add: request.add.filter((n) => !add.has(n)),
    drop: request.drop.filter((n) => !drop.has(n)),
  };
}

/**
 * The fix that keeps what this runtime does today and makes it portable: remove the side that
 * loses here. Which side loses is asked of the runtime, by removing each side and comparing.
 */
function resolvingFix(
  ctx: InspectContext,
  adds: readonly CapabilityEntry[],
  drops: readonly CapabilityEntry[],
): CapabilityFix | undefined {
  const now = ctx.sets.ok ? ctx.sets.bounding : undefined;
  if (now === undefined) return undefined;
  const first = (entries: readonly CapabilityEntry[]) => entries[0];
  const add = first(adds);
  const drop = first(drops);
  if (!add || !drop) return undefined;
  if (boundingOf(ctx.runtime, without(ctx.request, adds)) === now) {
    return { kind: 'remove-capability', list: 'add', name: add.name };
  }
  if (boundingOf(ctx.runtime, without(ctx.request, drops)) === now) {
    return { kind: 'remove-capability', list: 'drop', name: drop.name };
  }
  return undefined;
}

function outcome(profile: RuntimeProfile, request: CapabilityRequest, n: number): string {
  const bounding = boundingOf(profile, request);
  if (bounding === undefined) return `${profile.label} refuses the container`;
  return `${profile.label} ${hasCap(bounding, n) ? 'grants' : 'does not grant'} it`;
}

function conflict(
  ctx: InspectContext,
  adds: CapabilityEntry[],
  drops: CapabilityEntry[],
  n: number,
): InspectionWarning {
  const name = capabilityByNumber(n)?.name ?? String(n);
  const others = otherRuntimeRules(ctx.node).map((r) => outcome(r, ctx.request, n));
  const here = outcome(ctx.runtime, ctx.request, n);
  const fix = resolvingFix(ctx, adds, drops);
  return {
    code: 'add-and-drop',
    severity: 'warning',
    message: `${name} is both added and dropped. Which one wins depends on the runtime: ${here}; ${others.join('; ')}. Keep it in one list only.`,
    capability: adds[0]?.name ?? name,
    documentIndex: ctx.workload.documentIndex,
    paths: [...adds, ...drops].map((e) => e.path),
    ...(fix ? { fix } : {}),
  };
}

function allConflict(
  ctx: InspectContext,
  adds: CapabilityEntry[],
  drops: CapabilityEntry[],
): InspectionWarning {
  const describe = (profile: RuntimeProfile) => {
    const bounding = boundingOf(profile, ctx.request);
    if (bounding === undefined) return `${profile.label} refuses the container`;
    const addOnly = boundingOf(profile, without(ctx.request, adds));
    return addOnly === bounding
      ? `${profile.label} keeps only the individually added capabilities`
      : `${profile.label} lets add ALL win and grants everything not dropped by name`;
  };
  const others = otherRuntimeRules(ctx.node).map(describe);
  const fix = resolvingFix(ctx, adds, drops);
  return {
    code: 'add-and-drop',
    severity: 'warning',
    message: `ALL is both added and dropped: ${describe(ctx.runtime)}; ${others.join('; ')}. Keep ALL in one list only (usually drop ALL and add back what is needed).`,
    capability: adds[0]?.name ?? 'ALL',
    documentIndex: ctx.workload.documentIndex,
    paths: [...adds, ...drops].map((e) => e.path),
    ...(fix ? { fix } : {}),
  };
}

/**
 * `add-and-drop`: a capability named in both lists, compared after this runtime's own name
 * normalisation (on containerd `CAP_NET_RAW` and `NET_RAW` are different names). Skipped when
 * privileged, which makes every runtime ignore both lists.
 */
export function conflictWarnings(ctx: InspectContext): InspectionWarning[] {
  const { settings, runtime } = ctx;
  if (settings.privileged) return [];
  const out: InspectionWarning[] = [];
  const allAdds = settings.add.filter((e) => isAll(e.name));
  const allDrops = settings.drop.filter((e) => isAll(e.name));
  if (allAdds.length > 0 && allDrops.length > 0) out.push(allConflict(ctx, allAdds, allDrops));

  const byNumber = (entries: readonly CapabilityEntry[]) => {
    const map = new Map<number, CapabilityEntry[]>();
    for (const entry of entries) {
      if (isAll(entry.name)) continue;
      const cap = runtime.resolve(entry.name);
      if (cap) map.set(cap.number, [...(map.get(cap.number) ?? []), entry]);
    }
    return map;
  };
  const drops = byNumber(settings.drop);
  for (const [n, adds] of [...byNumber(settings.add)].sort(([a], [b]) => a - b)) {
    const dropped = drops.get(n);
    if (dropped) out.push(conflict(ctx, adds, dropped, n));
  }
  return out;
}
