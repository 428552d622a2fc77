import { describe, expect, it } from 'vitest';
import { parseManifest } from '../core/manifest/parse.ts';
import { checklistRows } from './checklistRows.ts';
import { capshLines } from './capshLines.ts';
import { occurrenceKeys } from './occurrenceKeys.ts';
import { downloadName, kubectlCommands } from '../core/kubectl.ts';
import { otherNames } from '../core/inspect/otherNames.ts';
import { DEFAULT_NODE } from '../core/node/nodeProfile.ts';
import {
  decodeManifest,
  encodeManifest,
  fragmentNode,
  fragmentPayload,
  shareUrl,
} from './shareLink.ts';

describe('checklistRows', () => {
  it('lists all 41 in number order, and matches every word of a query', () => {
    expect(checklistRows('', 'number').map((c) => c.number)).toEqual([...Array(41).keys()]);
    const netAdmin = checklistRows('net admin', 'number').map((c) => c.name);
    expect(netAdmin[0]).toBe('NET_ADMIN');
    expect(netAdmin).not.toContain('CHOWN');
    expect(checklistRows('cap_sys_time', 'number').map((c) => c.name)).toEqual(['SYS_TIME']);
  });

  it('orders by risk, highest first', () => {
    const risks = checklistRows('', 'risk').map((c) => c.risk);
    expect(risks[0]).toBe('critical');
    expect(risks.at(-1)).toBe('low');
  });
});

describe('capshLines', () => {
  it('cuts after each newline and joins back to the same text', () => {
    expect(capshLines('a\nb,c\n')).toEqual(['a\n', 'b,c\n']);
    expect(capshLines('a\n\nb')).toEqual(['a\n', '\n', 'b']);
    expect(capshLines('')).toEqual([]);
    const capsh = 'Current: =ep\nBounding set =cap_chown,cap_kill\nGuessed mode: HYBRID (4)\n';
    expect(capshLines(capsh).join('')).toBe(capsh);
    expect(capshLines(capsh)).toHaveLength(3);
  });
});

describe('occurrenceKeys', () => {
  it('keys each name by how often it came before, so an insertion moves no other key', () => {
    expect(occurrenceKeys(['cap_a', 'cap_b', 'cap_a'])).toEqual(['0:cap_a', '0:cap_b', '1:cap_a']);
    expect(occurrenceKeys(['cap_x', 'cap_a', 'cap_b', 'cap_a'])).toEqual([
      '0:cap_x',
      '0:cap_a',
      '0:cap_b',
      '1:cap_a',
    ]);
  });
});

describe('kubectl commands', () => {
  const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: tools}
spec:
  template:
    spec:
      containers: [{name: app, image: nginx}]
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: run, image: busybox}]
`;
  const manifest = parseManifest(text);

  it('names the download after the first workload', () => {
    expect(downloadName(manifest.workloads)).toBe('web.yaml');
    expect(downloadName([])).toBe('manifest.yaml');
  });

  it('execs into a controller by TYPE/NAME, and starts a CronJob by hand first', () => {
    const [web, nightly] = manifest.workloads;
    if (!web?.containers[0] || !nightly?.containers[0]) throw new Error('workloads not found');
    expect(kubectlCommands('web.yaml', web, web.containers[0])).toEqual([
      'kubectl create -f web.yaml',
      'kubectl exec -n tools deploy/web -c app -- capsh --print',
    ]);
    expect(kubectlCommands('web.yaml', nightly, nightly.containers[0])).toEqual([
      'kubectl create -f web.yaml',
      'kubectl create job nightly-manual --from=cronjob/nightly',
      'kubectl exec job/nightly-manual -c run -- capsh --print',
    ]);
  });
});

describe('otherNames', () => {
  it('lists every non-canonical entry with what the runtime does with it', () => {
    const request = { add: ['NET_ADMIN', 'CAP_SYS_TIME', 'net_raw', 'all'], drop: ['NET_FOO'] };
    expect(otherNames(request, 'containerd')).toEqual([
      {
        list: 'add',
        name: 'CAP_SYS_TIME',
        suggestion: 'SYS_TIME',
        guessed: false,
        effect: 'ignored on containerd: runc skips an unknown capability',
      },
      {
        list: 'add',
        name: 'net_raw',
        suggestion: 'NET_RAW',
        guessed: false,
        effect: 'adds NET_RAW on containerd',
      },
      {
        list: 'add',
        name: 'all',
        suggestion: 'ALL',
        guessed: false,
        effect: 'means ALL on containerd',
      },
      {
        list: 'drop',
        name: 'NET_FOO',
        suggestion: undefined,
        guessed: false,
        effect: 'ignored on containerd: runc skips an unknown capability',
      },
    ]);
    expect(otherNames({ add: ['CAP_SYS_TIME'], drop: [] }, 'cri-o')[0]?.effect).toBe(
      'adds SYS_TIME on CRI-O',
    );
  });

  it('suggests the capability an unknown name is evidently a misspelling of, as a guess', () => {
    const request = {
      add: ['SYS_ADMINN', 'NET-ADMIN', 'CAP_SYS_ADMN'],
      drop: ['sys_tme', 'SET_ID'],
    };
    expect(
      otherNames(request, 'containerd').map(({ name, suggestion, guessed }) => [
        name,
        suggestion,
        guessed,
      ]),
    ).toEqual([
      ['SYS_ADMINN', 'SYS_ADMIN', true],
      ['NET-ADMIN', 'NET_ADMIN', true],
      ['CAP_SYS_ADMN', 'SYS_ADMIN', true],
      ['sys_tme', 'SYS_TIME', true],
      ['SET_ID', undefined, false], // SETUID or SETGID: no guess
    ]);
    expect(otherNames({ add: ['SYS_ADMINN'], drop: [] }, 'docker')[0]).toEqual({
      list: 'add',
      name: 'SYS_ADMINN',
      suggestion: 'SYS_ADMIN',
      guessed: true,
      effect: 'Docker refuses the container: unknown capability',
    });
  });
});

describe('share links', () => {
  it('round-trips any text through a #m= fragment', async () => {
    const text = '# ünïcode ✓\napiVersion: v1\nkind: Pod\n'.repeat(20);
    const url = await shareUrl('http://127.0.0.1:4173/?x=1#old', text, DEFAULT_NODE);
    expect(url).toMatch(
      /^http:\/\/127\.0\.0\.1:4173\/\?x=1#m=[A-Za-z0-9_-]+&runtime=containerd@2\.3&oci=runc@1\.5&kernel=6\.12&kubernetes=1\.37$/,
    );
    const payload = fragmentPayload(new URL(url).hash);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(await decodeManifest(payload ?? '')).toBe(text);
    expect((await encodeManifest(text)).length).toBeLessThan(text.length);
  });

  it('carries the node, and a link without one names none', async () => {
    const node = {
      ...DEFAULT_NODE,
      runtime: 'docker',
      runtimeVersion: '20.10',
      kernel: '5.4',
    } as const;
    const url = await shareUrl('http://127.0.0.1:4173/', 'kind: Pod\n', node);
    expect(fragmentNode(new URL(url).hash)).toEqual(node);
    expect(fragmentNode(`#m=${await encodeManifest('kind: Pod\n')}`)).toBeUndefined();
    // A field no longer supported falls back to the default, the rest still opens.
    expect(fragmentNode('#m=x&runtime=containerd@1.7&kernel=3.10')).toEqual({
      ...DEFAULT_NODE,
      runtimeVersion: '1.7',
    });
  });

  it('ignores other fragments and rejects damaged ones', async () => {
    expect(fragmentPayload('#section-2')).toBeUndefined();
    await expect(decodeManifest('not-deflate')).rejects.toThrow();
  });
});
