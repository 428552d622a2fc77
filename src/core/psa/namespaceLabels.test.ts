import { describe, expect, it } from 'vitest';
import { namespacePolicies } from './namespaceLabels.ts';

const ns = (name: string, labels: Record<string, unknown> | undefined) => ({
  kind: 'Namespace',
  name,
  data: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels } },
});

describe('namespacePolicies', () => {
  it('reads the enforce level and version of each labelled Namespace', () => {
    const { policies, problems } = namespacePolicies([
      ns('prod', {
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/enforce-version': 'v1.25',
      }),
      ns('dev', { 'pod-security.kubernetes.io/enforce': 'baseline' }),
      ns('plain', { team: 'a' }),
      ns('unlabelled', undefined),
      {
        kind: 'ConfigMap',
        name: 'prod-like',
        data: { metadata: { labels: { 'pod-security.kubernetes.io/enforce': 'privileged' } } },
      },
    ]);
    expect(problems).toEqual([]);
    expect([...policies]).toEqual([
      ['prod', { level: 'restricted', version: 'v1.25' }],
      ['dev', { level: 'baseline' }],
    ]);
  });

  it('ignores warn and audit labels, which do not refuse pods', () => {
    const { policies } = namespacePolicies([
      ns('a', {
        'pod-security.kubernetes.io/warn': 'restricted',
        'pod-security.kubernetes.io/audit': 'restricted',
      }),
    ]);
    expect(policies.size).toBe(0);
  });

  it('reports values PSA would not accept', () => {
    const { policies, problems } = namespacePolicies([
      ns('x', {
        'pod-security.kubernetes.io/enforce': 'strict',
        'pod-security.kubernetes.io/enforce-version': '1.25',
      }),
    ]);
    expect(policies.size).toBe(0);
    expect(problems.map((p) => p.message)).toEqual([
      'label pod-security.kubernetes.io/enforce=strict must be one of privileged, baseline, restricted',
      'label pod-security.kubernetes.io/enforce-version=1.25 must be "latest" or "v1.N"',
    ]);
  });
});
