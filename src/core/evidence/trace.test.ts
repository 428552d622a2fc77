import { describe, expect, it } from 'vitest';
import { parseManifest } from '../manifest/parse.ts';
import { replaceOnce } from '../../../testing/replaceOnce.ts';
import { applySuggestion, suggestFromTrace } from './suggest.ts';
import { readTrace, TraceError } from './trace.ts';
import {
  BCC_CAPABLE,
  BCC_CAPABLE_EXTRA,
  BPFTRACE_CAPABLE,
  GADGET_JSON_ARRAY,
  GADGET_JSON_LINES,
  NAME_LIST,
} from '../../../testing/traceFixtures.ts';

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web # the front end
spec:
  containers:
    - name: nginx
      image: nginx:1.27 # pinned
      securityContext:
        privileged: true
        capabilities:
          add: ["NET_ADMIN", SYS_TIME] # old guesses
          drop: [NET_RAW]
    - name: sidecar
      image: envoy
`;
const manifest = parseManifest(POD);
const nginx = manifest.workloads[0]!.containers[0]!;
const sidecar = manifest.workloads[0]!.containers[1]!;

function summary(text: string, container = nginx) {
  const reading = readTrace(text);
  const s = suggestFromTrace(reading, container);
  return { format: reading.format, add: s.add, unaudited: s.unaudited };
}

describe('readTrace and suggestFromTrace', () => {
  it('bcc capable: audited checks only, the AUDIT 0 ones listed', () => {
    expect(summary(BCC_CAPABLE)).toEqual({
      format: 'bcc',
      add: ['SETGID', 'SETUID', 'NET_BIND_SERVICE'],
      unaudited: [{ name: 'SYS_RESOURCE', checks: 2 }],
    });
  });

  it('bcc capable -x: TID and INSETID columns, a COMM with a space', () => {
    const reading = readTrace(BCC_CAPABLE_EXTRA);
    expect(reading.checks.map((c) => [c.comm, c.cap.name, c.audited])).toEqual([
      ['snmpd', 'NET_ADMIN', true],
      ['tokio worker', 'SYS_ADMIN', false],
    ]);
  });

  it('bpftrace capable.bt: banners skipped, VERDICT column read past', () => {
    expect(summary(BPFTRACE_CAPABLE)).toEqual({ format: 'bcc', add: ['NET_RAW'], unaudited: [] });
  });

  it('Inspektor Gadget JSON lines: only the selected container counts', () => {
    expect(summary(GADGET_JSON_LINES)).toEqual({
      format: 'inspektor-gadget',
      add: ['NET_BIND_SERVICE'],
      unaudited: [{ name: 'SYS_RESOURCE', checks: 1 }],
    });
    expect(summary(GADGET_JSON_LINES, sidecar).add).toEqual(['NET_ADMIN']);
  });

  it('Inspektor Gadget JSON array with nested k8s metadata; a denied check still counts', () => {
    expect(summary(GADGET_JSON_ARRAY)).toEqual({
      format: 'inspektor-gadget',
      add: ['CHOWN', 'SETUID'],
      unaudited: [],
    });
  });

  it('a plain list, in any spelling', () => {
    expect(summary(NAME_LIST)).toEqual({
      format: 'list',
      add: ['SETGID', 'SETUID', 'NET_BIND_SERVICE'],
      unaudited: [],
    });
  });

  it('says when the trace has nothing from the container', () => {
    const other = parseManifest(replaceOnce(POD, 'name: nginx', 'name: app'));
    expect(() =>
      suggestFromTrace(readTrace(GADGET_JSON_LINES), other.workloads[0]!.containers[0]!),
    ).toThrow('the trace has no check from container "app" (it names: nginx, sidecar)');
  });

  it.each([
    ['', /^the trace has no capability check/],
    ['TIME UID PID COMM CAP NAME AUDIT\n', /^the trace has no capability check/],
    ['[]', /^the trace has no capability check/],
    ['hello world\n', /^line 1: not a capability name: "hello world"$/],
    ['{"cap": 1}\n{oops\n', /^line 2: not JSON/],
  ])('refuses %j in one line', (text, message) => {
    expect(() => readTrace(text)).toThrow(TraceError);
    expect(() => readTrace(text)).toThrow(message);
  });
});

describe('applySuggestion', () => {
  it('sets drop [ALL] and exactly the adds as one minimal edit, every other byte kept', () => {
    const result = applySuggestion(manifest, nginx, ['SETGID', 'SETUID', 'NET_BIND_SERVICE']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: web # the front end
spec:
  containers:
    - name: nginx
      image: nginx:1.27 # pinned
      securityContext:
        capabilities:
          add: [SETGID, SETUID, NET_BIND_SERVICE] # old guesses
          drop: [ALL]
    - name: sidecar
      image: envoy
`);
  });

  it('writes the block into a container that had none', () => {
    const result = applySuggestion(manifest, sidecar, ['NET_ADMIN']);
    expect(result.ok && parseManifest(result.text).workloads[0]!.containers[1]!.spec).toEqual({
      name: 'sidecar',
      image: 'envoy',
      securityContext: { capabilities: { drop: ['ALL'], add: ['NET_ADMIN'] } },
    });
  });
});
