// Builders for test pods: a restricted-clean pod that each test breaks in one place.

type Obj = Record<string, unknown>;

/** A container that passes every restricted check. */
export function cleanContainer(name: string, extra: Obj = {}): Obj {
  const { securityContext, ...rest } = extra;
  return {
    name,
    image: 'registry.k8s.io/pause',
    securityContext: {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      ...(securityContext as Obj | undefined),
    },
    ...rest,
  };
}

/** A pod spec that passes every restricted check, with `extra` merged in at the top. */
export function cleanSpec(extra: Obj = {}): Obj {
  const { securityContext, ...rest } = extra;
  return {
    containers: [cleanContainer('app')],
    initContainers: [cleanContainer('init')],
    securityContext: {
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
      ...(securityContext as Obj | undefined),
    },
    ...rest,
  };
}

export function pod(spec: Obj, metadata: Obj = {}): { metadata: Obj; spec: Obj } {
  return { metadata, spec };
}
