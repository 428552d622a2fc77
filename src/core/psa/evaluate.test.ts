import { describe, expect, it } from 'vitest';
import { evaluatePod, highestLevel } from './evaluate.ts';
import { formatForbidden } from './message.ts';
import { checksFor } from './registry.ts';
import { cleanContainer, cleanSpec, pod } from '../../../testing/psaPods.ts';
import { LATEST_MINOR, parsePolicyVersion } from './policyVersion.ts';

const ids = (level: 'baseline' | 'restricted', minor: number) =>
  checksFor(level, minor).map((c) => c.id);

describe('policy versions', () => {
  it('accepts latest and v1.N only, and clamps newer versions to the newest check', () => {
    expect(parsePolicyVersion('latest')).toBe(LATEST_MINOR);
    expect(parsePolicyVersion('v1.0')).toBe(0);
    expect(parsePolicyVersion('v1.25')).toBe(25);
    expect(parsePolicyVersion('v1.99')).toBe(LATEST_MINOR);
    for (const bad of ['1.25', 'v2.0', 'v1.025', 'v1', 'Latest', '']) {
      expect(parsePolicyVersion(bad)).toBeUndefined();
    }
  });

  it('reports the version it ran at and names the policy as requested', () => {
    const result = evaluatePod(pod(cleanSpec()), 'restricted', 'latest');
    expect(result).toMatchObject({ allowed: true, version: 'v1.37', policy: 'restricted:latest' });
    expect(() => evaluatePod(pod(cleanSpec()), 'restricted', '1.25')).toThrow(RangeError);
  });
});

describe('check registry', () => {
  it('runs the baseline checks in upstream order, newer ones only from their version', () => {
    expect(ids('baseline', 33)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPathVolumes',
      'hostPorts',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
    ]);
    expect(ids('baseline', 34)).toContain('hostProbesAndHostLifecycle');
  });

  it('lets restricted checks replace baseline ones only where they exist', () => {
    expect(ids('restricted', 0)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPorts',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
      'restrictedVolumes',
      'runAsNonRoot',
    ]);
    expect(ids('restricted', 21)).toContain('capabilities_baseline');
    expect(ids('restricted', 22)).not.toContain('capabilities_baseline');
    expect(ids('restricted', 18)).toContain('seccompProfile_baseline');
    expect(ids('restricted', 19)).not.toContain('seccompProfile_baseline');
    expect(ids('restricted', 34)).toContain('procMount');
    expect(ids('restricted', 35)).toEqual(expect.arrayContaining(['procMount_restricted']));
    expect(ids('restricted', 35)).not.toContain('procMount');
  });
});

describe('evaluatePod', () => {
  it('allows anything at privileged', () => {
    const result = evaluatePod(pod({ hostPID: true }), 'privileged', 'latest');
    expect(result).toMatchObject({ allowed: true, violations: [] });
  });

  it('treats a bare pod as baseline but not restricted', () => {
    const bare = pod({ containers: [{ name: 'c', image: 'x' }] });
    expect(evaluatePod(bare, 'baseline', 'latest').allowed).toBe(true);
    const restricted = evaluatePod(bare, 'restricted', 'latest');
    expect(restricted.violations.map((v) => v.checkId)).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    expect(formatForbidden(restricted)).toBe(
      'violates PodSecurity "restricted:latest": ' +
        'allowPrivilegeEscalation != false (container "c" must set securityContext.allowPrivilegeEscalation=false), ' +
        'unrestricted capabilities (container "c" must set securityContext.capabilities.drop=["ALL"]), ' +
        'runAsNonRoot != true (pod or container "c" must set securityContext.runAsNonRoot=true), ' +
        'seccompProfile (pod or container "c" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost")',
    );
  });

  it('reads a missing spec or metadata as empty rather than failing', () => {
    expect(evaluatePod({ spec: undefined }, 'restricted', 'latest').allowed).toBe(true);
    expect(evaluatePod({ spec: 'nonsense', metadata: 7 }, 'baseline', 'v1.0').allowed).toBe(true);
  });

  it('records where each violation sits in the pod spec', () => {
    const spec = cleanSpec({
      containers: [
        cleanContainer('app', {
          securityContext: { capabilities: { add: ['SYS_ADMIN'], drop: ['ALL'] } },
        }),
      ],
    });
    const [violation] = evaluatePod(pod(spec), 'restricted', 'latest').violations;
    expect(violation?.paths).toEqual([['containers', 0, 'securityContext', 'capabilities', 'add']]);
  });
});

describe('highestLevel', () => {
  it('names the strictest level the pod meets', () => {
    expect(highestLevel(pod(cleanSpec()), 'latest')).toBe('restricted');
    expect(highestLevel(pod({ containers: [{ name: 'c' }] }), 'latest')).toBe('baseline');
    expect(highestLevel(pod({ hostNetwork: true, containers: [{ name: 'c' }] }), 'latest')).toBe(
      'privileged',
    );
  });

  it('depends on the policy version', () => {
    // Before 1.22 restricted did not require dropping capabilities.
    const keepsCaps = cleanSpec({
      containers: [{ name: 'c', securityContext: { allowPrivilegeEscalation: false } }],
      initContainers: [],
    });
    expect(highestLevel(pod(keepsCaps), 'v1.21')).toBe('restricted');
    expect(highestLevel(pod(keepsCaps), 'v1.22')).toBe('baseline');
  });
});
