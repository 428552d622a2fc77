import { capabilityByName, capabilityByNumber } from '../capabilityCatalog.ts';
import { FULL_MASK, hasCap, maskToNames, maskToNumbers } from '../capmask.ts';
import { unprivilegedPortStart } from '../node/nodeSysctls.ts';
import { runsInUserNamespace } from '../node/userNamespaces.ts';
import { LIMITED_TO_USER_NAMESPACE, NO_EFFECT_IN_USER_NAMESPACE } from './userNamespaceEffects.ts';
import type { CapMask, NodePath } from '../model.ts';
import { isAll } from '../runtimes/names.ts';
import { boundingOf, type InspectContext } from './context.ts';
import type { CapabilityEntry } from './entries.ts';
import { dangerReason } from './dangerous.ts';
import { spellingOf } from './spelling.ts';
import type { InspectionWarning } from './warning.ts';

const NET_RAW = capabilityByName('NET_RAW')?.number ?? 13;
const NET_BIND_SERVICE = capabilityByName('NET_BIND_SERVICE')?.number ?? 10;

/** Explicit adds this runtime really puts in the bounding set, grouped by capability number. */
function grantedAdds(ctx: InspectContext, bounding: CapMask): Map<number, CapabilityEntry[]> {
  const map = new Map<number, CapabilityEntry[]>();
  for (const entry of ctx.settings.add) {
    if (isAll(entry.name)) continue;
    const cap = ctx.runtime.resolve(entry.name);
    if (cap && hasCap(bounding, cap.number)) {
      map.set(cap.number, [...(map.get(cap.number) ?? []), entry]);
    }
  }
  return new Map([...map].sort(([a], [b]) => a - b));
}

function warning(
  ctx: InspectContext,
  fields: Omit<InspectionWarning, 'documentIndex'>,
): InspectionWarning {
  return { ...fields, documentIndex: ctx.workload.documentIndex };
}

/** Where a container-wide finding goes: its capabilities node when it has one, else the container. */
function containerAnchor(ctx: InspectContext): NodePath {
  return ctx.settings.hasCapabilities ? ctx.settings.capabilitiesPath : ctx.container.path;
}

// CRI-O's privileged fills the ambient set with everything it put in the bounding set.
function keepsAllForNonRoot(bounding: CapMask, ambient: CapMask): boolean {
  return ambient !== 0n && ambient === bounding;
}

function privileged(ctx: InspectContext, bounding: CapMask, ambient: CapMask): InspectionWarning {
  const keepsForNonRoot = keepsAllForNonRoot(bounding, ambient);
  const missing = maskToNames(FULL_MASK & ~bounding);
  // On an older kernel or Docker 20.10 "all" stops short of the 41 (RUNTIME-SEMANTICS §13-§14).
  const all =
    missing.length === 0
      ? 'all 41 capabilities'
      : `all ${maskToNumbers(bounding).length} capabilities this node grants (not ${missing.join(', ')})`;
  const who = keepsForNonRoot
    ? `${ctx.runtime.label} also fills the inheritable and ambient sets, so even a non-root user keeps them all`
    : `the process holds them all when it runs as root`;
  return warning(ctx, {
    code: 'privileged',
    severity: 'danger',
    message: `privileged: true gives ${all} and ignores add and drop; ${who}. It also exposes every host device and lifts seccomp and AppArmor confinement: a container escape is one step away. Add only the capabilities the process needs instead.`,
    paths: [ctx.settings.privilegedPath],
  });
}

function addAll(ctx: InspectContext, entry: CapabilityEntry, bounding: CapMask): InspectionWarning {
  const missing = maskToNames(FULL_MASK & ~bounding);
  const count = 41 - missing.length;
  const except = missing.length > 0 ? ` (all but ${missing.join(', ')})` : '';
  return warning(ctx, {
    code: 'add-all',
    severity: 'danger',
    message: `add ALL gives ${count} of the 41 capabilities on ${ctx.runtime.label}${except}, including SYS_ADMIN, SYS_MODULE and SYS_PTRACE where not dropped: nearly what privileged gives, short of devices and confinement. Add only the capabilities the process needs.`,
    capability: entry.name,
    paths: [entry.path],
  });
}

function lowPortSentence(ctx: InspectContext): string {
  const start = unprivilegedPortStart(ctx.workload, ctx.node);
  if (start.value === 0) return ` It is not needed for low ports here: ${start.explanation}.`;
  return ` Here ${start.explanation}: to serve a low port as non-root, listen above 1024 (and map the port in the Service), or set the pod sysctl net.ipv4.ip_unprivileged_port_start.`;
}

function alternatives(ctx: InspectContext, n: number | undefined): string {
  const port = n === NET_BIND_SERVICE ? lowPortSentence(ctx) : '';
  const fileCaps =
    ctx.settings.allowPrivilegeEscalation === false
      ? ' File capabilities set in the image (setcap) would not help here: this container sets allowPrivilegeEscalation: false, whose no_new_privs makes them non-functional.'
      : ' File capabilities set in the image (setcap cap_x+ep on the binary) do work, as long as allowPrivilegeEscalation is not false.';
  return `${port}${fileCaps}`;
}

function ineffective(
  ctx: InspectContext,
  entries: readonly CapabilityEntry[],
  n: number | undefined,
): InspectionWarning {
  const what =
    n === undefined ? 'the capabilities add ALL gives' : (capabilityByNumber(n)?.name ?? '');
  return warning(ctx, {
    code: 'ineffective-for-non-root',
    severity: 'warning',
    message: `The container runs as uid ${ctx.uid}, not root, so ${what} (like the runtime defaults) stays in the bounding set but never becomes effective: the kernel clears a non-root process's capabilities at exec, and Kubernetes cannot set ambient capabilities.${alternatives(ctx, n)}`,
    ...(entries[0] ? { capability: entries[0].name } : {}),
    paths: entries.map((e) => e.path),
  });
}

function ineffectivePrivileged(ctx: InspectContext): InspectionWarning {
  return warning(ctx, {
    code: 'ineffective-for-non-root',
    severity: 'warning',
    message: `The container runs as uid ${ctx.uid}, not root: privileged: true fills the bounding set, but on ${ctx.runtime.label} the process gets none of the capabilities effective, because the kernel clears them at exec and nothing is ambient (CRI-O alone keeps them, through the ambient set).${alternatives(ctx, undefined)}`,
    paths: [ctx.settings.privilegedPath],
  });
}

function dangerous(
  ctx: InspectContext,
  entries: readonly CapabilityEntry[],
  n: number,
  reason: string,
  ambient: CapMask,
): InspectionWarning {
  const name = capabilityByNumber(n)?.name ?? String(n);
  const limited =
    runsInUserNamespace(ctx.workload, ctx.node) && LIMITED_TO_USER_NAMESPACE.has(name);
  const userns = limited
    ? ` The pod runs in its own user namespace (hostUsers: false), so ${name} acts only on the pod's own mounts, network and processes, not on the node.`
    : '';
  const nonRoot =
    ctx.uid !== 0 && !hasCap(ambient, n)
      ? ` As uid ${ctx.uid} the process does not hold it effectively, but it stays in the bounding set, where a setuid or file-capability binary can pick it up.`
      : '';
  return warning(ctx, {
    code: 'dangerous-capability',
    severity: limited ? 'warning' : 'danger',
    message: `${name} is dangerous: ${reason}.${userns}${nonRoot} Grant it only if the workload truly needs it, and prefer a narrower capability.`,
    capability: entries[0]?.name ?? name,
    paths: entries.map((e) => e.path),
  });
}

function netRaw(ctx: InspectContext): InspectionWarning {
  // A drop entry this runtime cannot read (CAP_NET_RAW on containerd) is where the author tried.
  const failedDrop = ctx.settings.drop.find(
    (e) =>
      !isAll(e.name) && !ctx.runtime.resolve(e.name) && spellingOf(e.name).canonical === 'NET_RAW',
  );
  const tried = failedDrop
    ? ` The entry "${failedDrop.name}" does not drop it on ${ctx.runtime.label}.`
    : '';
  const nonRoot =
    ctx.uid !== 0
      ? ` As uid ${ctx.uid} it is only in the bounding set, but binaries with file capabilities (ping often has cap_net_raw) can still use it.`
      : '';
  return warning(ctx, {
    code: 'net-raw-granted',
    severity: 'warning',
    message: `NET_RAW comes from ${ctx.runtime.label}'s defaults and is not dropped: the container can open raw sockets, craft packets and spoof ARP or DNS answers to its neighbours.${tried}${nonRoot} Unless it needs ping or packet capture, drop NET_RAW (or drop ALL).`,
    capability: 'NET_RAW',
    paths: [failedDrop ? failedDrop.path : containerAnchor(ctx)],
    fix: { kind: 'add-capability', list: 'drop', name: 'NET_RAW' },
  });
}

function noDropAll(ctx: InspectContext): InspectionWarning {
  return warning(ctx, {
    code: 'no-drop-all',
    severity: 'info',
    message: `The container does not drop ALL, so it keeps ${ctx.runtime.label}'s default capabilities besides what it adds. Drop ALL and add back only what the process needs; the restricted Pod Security level requires drop: ["ALL"].`,
    paths: [containerAnchor(ctx)],
    fix: { kind: 'add-capability', list: 'drop', name: 'ALL' },
  });
}

/**
 * `privileged`, `add-all`, `ineffective-for-non-root`, `dangerous-capability`, `net-raw-granted` and
 * `no-drop-all`: what the container ends up holding, from this runtime's own resolution of the
 * lists. The grant-based ones are skipped when the runtime refuses the container.
 */
export function grantWarnings(ctx: InspectContext): InspectionWarning[] {
  const { settings, sets, runtime } = ctx;
  const out: InspectionWarning[] = [];
  if (sets.ok) {
    const { bounding, ambient } = sets;
    if (settings.privileged) {
      out.push(privileged(ctx, bounding, ambient));
      if (ctx.uid !== 0 && !keepsAllForNonRoot(bounding, ambient))
        out.push(ineffectivePrivileged(ctx));
      return out;
    }
    const allEntry = settings.add.find((e) => isAll(e.name));
    // add ALL counts only when it changed the outcome (containerd: drop ALL overrides it).
    const allMatters =
      allEntry !== undefined &&
      boundingOf(runtime, { ...ctx.request, add: ctx.request.add.filter((n) => !isAll(n)) }) !==
        bounding;
    if (allEntry && allMatters) out.push(addAll(ctx, allEntry, bounding));

    const granted = grantedAdds(ctx, bounding);
    if (ctx.uid !== 0) {
      if (allEntry && allMatters && (bounding & ~runtime.defaults & ~ambient) !== 0n) {
        out.push(ineffective(ctx, [allEntry], undefined));
      }
      for (const [n, entries] of granted)
        if (!hasCap(ambient, n)) out.push(ineffective(ctx, entries, n));
    }
    // In a user-namespace pod some dangerous capabilities do nothing at all: the user-namespace
    // warning names them instead.
    const inert = runsInUserNamespace(ctx.workload, ctx.node)
      ? NO_EFFECT_IN_USER_NAMESPACE
      : new Set<string>();
    for (const [n, entries] of granted) {
      const name = capabilityByNumber(n)?.name ?? '';
      const reason = dangerReason(name);
      if (reason && !inert.has(name)) out.push(dangerous(ctx, entries, n, reason, ambient));
    }
    const rawFromDefaults =
      hasCap(bounding, NET_RAW) &&
      hasCap(runtime.defaults, NET_RAW) &&
      !granted.has(NET_RAW) &&
      !allMatters;
    if (rawFromDefaults) out.push(netRaw(ctx));
  }
  if (!settings.privileged && !settings.drop.some((e) => isAll(e.name))) out.push(noDropAll(ctx));
  return out;
}
