import { describe, expect, test } from 'vitest';
import { EXAMPLE_MANIFEST } from '../example.ts';
import { applyEdits } from '../manifest/editSplice.ts';
import { parseManifest } from '../manifest/parse.ts';
import { evaluatePod } from './evaluate.ts';
import { makeRestricted } from './makeRestricted.ts';

/**
 * Runs "Make restricted" on workload `index` and checks what must hold for every input: the edit
 * list reproduces the text, running it again changes nothing, and cannotFix is empty exactly when
 * the fixed pod passes restricted:latest (one sentence per remaining violation).
 */
function fix(text: string, index = 0) {
  const workload = parseManifest(text).workloads[index];
  if (!workload) throw new Error(`no workload ${index}`);
  const result = makeRestricted(parseManifest(text), workload);
  if (!result.ok) throw new Error(result.error);
  expect(applyEdits(text, result.edits)).toBe(result.text);

  const after = parseManifest(result.text).workloads[index];
  if (!after) throw new Error('the workload is gone after the fix');
  const verdict = evaluatePod(
    { metadata: after.podMetadata, spec: after.podSpec },
    'restricted',
    'latest',
  );
  expect(verdict.allowed).toBe(result.cannotFix.length === 0);
  expect(result.cannotFix).toHaveLength(verdict.violations.length);

  expect(makeRestricted(parseManifest(result.text), after)).toEqual({
    ok: true,
    text: result.text,
    edits: [],
    applied: [],
    cannotFix: result.cannotFix,
  });
  return result;
}

const NON_ROOT_SENTENCE =
  "Set the pod's securityContext.runAsNonRoot to true: the kubelet will refuse to start a container whose image runs as root (uid 0) unless that container sets a non-zero runAsUser.";
const POD_SECCOMP_SENTENCE = `Set the pod's securityContext.seccompProfile.type to "RuntimeDefault".`;

describe('makeRestricted', () => {
  test('the classic example: NET_ADMIN goes, ALL is dropped, the pod gets runAsNonRoot and seccomp', () => {
    const result = fix(EXAMPLE_MANIFEST);
    expect(result.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
    - name: myshell
      image: "ubuntu:14.04"
      command:
        - /bin/sleep
        - "300"
      securityContext:
        capabilities:
          drop:
            - ALL
        allowPrivilegeEscalation: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`);
    expect(result.applied).toEqual([
      'Set securityContext.allowPrivilegeEscalation to false in container "myshell".',
      'Added "ALL" to securityContext.capabilities.drop in container "myshell".',
      'Removed "NET_ADMIN" from securityContext.capabilities.add in container "myshell": restricted allows only NET_BIND_SERVICE there.',
      NON_ROOT_SENTENCE,
      POD_SECCOMP_SENTENCE,
    ]);
    expect(result.cannotFix).toEqual([]);
    // One batch: the editor applies these as one undo step.
    expect(result.edits).toEqual([
      {
        start: 224,
        end: 252,
        insert: 'drop:\n            - ALL\n        allowPrivilegeEscalation: false',
      },
      {
        start: 253,
        end: 253,
        insert:
          '  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n',
      },
    ]);
  });

  test('the classic example with `- ` at the key column gets new lists in the same style', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
  - name: myshell
    image: "ubuntu:14.04"
    command:
    - /bin/sleep
    - "300"
    securityContext:
      capabilities:
        add:
        - NET_ADMIN
`;
    expect(fix(text).text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: mypod
spec:
  containers:
  - name: myshell
    image: "ubuntu:14.04"
    command:
    - /bin/sleep
    - "300"
    securityContext:
      capabilities:
        drop:
        - ALL
      allowPrivilegeEscalation: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`);
  });

  test('a Deployment: every init and regular container, comments and flow lists kept', () => {
    const text = `# web tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
    spec:
      # init runs first
      initContainers:
        - name: migrate
          image: "example/migrate:1.2"   # pinned
          securityContext:
            privileged: true
      containers:
        - name: app
          image: example/app
          ports:
            - containerPort: 8080
          securityContext:
            runAsNonRoot: false   # legacy
            capabilities:
              add: ["NET_BIND_SERVICE", "SYS_ADMIN", 'NET_RAW']
              drop:
                - NET_RAW # keep
        - name: sidecar
          image: example/sidecar
          securityContext:
            allowPrivilegeEscalation: true
            seccompProfile:
              type: Unconfined
`;
    const result = fix(text);
    expect(result.text).toBe(`# web tier
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  template:
    metadata:
      labels:
        app: web
    spec:
      # init runs first
      initContainers:
        - name: migrate
          image: "example/migrate:1.2"   # pinned
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop:
                - ALL
      containers:
        - name: app
          image: example/app
          ports:
            - containerPort: 8080
          securityContext:
            capabilities:
              add: ["NET_BIND_SERVICE"]
              drop:
                - NET_RAW # keep
                - ALL
            allowPrivilegeEscalation: false
        - name: sidecar
          image: example/sidecar
          securityContext:
            allowPrivilegeEscalation: false
            seccompProfile:
              type: RuntimeDefault
            capabilities:
              drop:
                - ALL
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
`);
    expect(result.applied).toEqual([
      'Set securityContext.allowPrivilegeEscalation to false in containers "migrate", "app", "sidecar".',
      'Added "ALL" to securityContext.capabilities.drop in containers "migrate", "app", "sidecar".',
      'Removed securityContext.privileged=true from container "migrate".',
      'Removed "NET_RAW", "SYS_ADMIN" from securityContext.capabilities.add in container "app": restricted allows only NET_BIND_SERVICE there.',
      `Removed securityContext.runAsNonRoot=false from container "app", so the pod's runAsNonRoot=true applies.`,
      'Set securityContext.seccompProfile.type to "RuntimeDefault" in container "sidecar" (it was "Unconfined").',
      NON_ROOT_SENTENCE,
      POD_SECCOMP_SENTENCE,
    ]);
    expect(result.cannotFix).toEqual([]);
  });

  test('a multi-document file: only the target pod changes, every other byte stays', () => {
    const namespace = `apiVersion: v1
kind: Namespace
metadata:
  name: shop
---
`;
    const other = `---
apiVersion: v1
kind: Pod
metadata:
  name: other
spec:
  containers:
  - name: b
    image: nginx
    securityContext:
      capabilities:
        add: [NET_ADMIN]
`;
    const target = `# the target
apiVersion: v1
kind: Pod
metadata:
  name: target
  namespace: shop
spec:
  containers:
  - name: a
    image: nginx
`;
    const text = namespace + target + other;
    const result = fix(text, 0);
    expect(result.text).toBe(`${namespace}# the target
apiVersion: v1
kind: Pod
metadata:
  name: target
  namespace: shop
spec:
  containers:
  - name: a
    image: nginx
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        drop:
        - ALL
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
${other}`);
    expect(result.edits.every((e) => e.start >= namespace.length)).toBe(true);
    expect(result.edits.every((e) => e.end <= namespace.length + target.length)).toBe(true);
    // The other pod was not the target: its spec is exactly what it was.
    expect(parseManifest(result.text).workloads[1]?.podSpec).toEqual(
      parseManifest(text).workloads[1]?.podSpec,
    );
  });

  test('hostNetwork, a hostPort, a hostPath volume and runAsUser 0 are left to the user and listed', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  hostNetwork: true
  securityContext:
    runAsUser: 0
  containers:
    - name: agent
      image: example/agent
      ports:
        - containerPort: 9100
          hostPort: 9100
      volumeMounts:
        - name: root
          mountPath: /host
  volumes:
    - name: root
      hostPath:
        path: /
`;
    const result = fix(text);
    expect(result.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: agent
spec:
  hostNetwork: true
  securityContext:
    runAsUser: 0
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: agent
      image: example/agent
      ports:
        - containerPort: 9100
          hostPort: 9100
      volumeMounts:
        - name: root
          mountPath: /host
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop:
            - ALL
  volumes:
    - name: root
      hostPath:
        path: /
`);
    expect(result.cannotFix).toEqual([
      "Shares the node's namespaces (hostNetwork=true). Remove these fields if the workload can run without the node's network, processes or shared memory.",
      'Opens a port on the node itself (container "agent" uses hostPort 9100). Remove hostPort and reach the container through a Service instead.',
      'Uses a volume type that restricted forbids (volume "root" uses restricted volume type "hostPath"). Use a persistentVolumeClaim, emptyDir, configMap, secret, projected, downwardAPI, csi, ephemeral or image volume instead.',
      'Runs as root (uid 0) on purpose (pod must not set runAsUser=0). Set runAsUser to a non-zero uid the image can run as; with runAsNonRoot=true the kubelet refuses to start a container as uid 0.',
    ]);
  });

  test('a CronJob: the pod-level runAsNonRoot=false and Unconfined seccomp are corrected in place', () => {
    const text = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsNonRoot: false
            seccompProfile:
              type: Unconfined
          containers:
            - name: job
              image: example/job
              securityContext:
                runAsUser: 1000
`;
    const result = fix(text);
    expect(result.text).toBe(`apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsNonRoot: true
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: job
              image: example/job
              securityContext:
                runAsUser: 1000
                allowPrivilegeEscalation: false
                capabilities:
                  drop:
                    - ALL
`);
    expect(result.applied.slice(2)).toEqual([
      NON_ROOT_SENTENCE,
      `Set the pod's securityContext.seccompProfile.type to "RuntimeDefault" (it was "Unconfined").`,
    ]);
  });

  test('JSON input stays JSON', () => {
    const text = `{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "json" },
  "spec": {
    "containers": [
      {
        "name": "c",
        "image": "nginx",
        "securityContext": { "capabilities": { "add": ["NET_ADMIN", "CHOWN"] } }
      }
    ]
  }
}
`;
    const result = fix(text);
    expect(result.text).toBe(`{
  "apiVersion": "v1",
  "kind": "Pod",
  "metadata": { "name": "json" },
  "spec": {
    "containers": [
      {
        "name": "c",
        "image": "nginx",
        "securityContext": { "capabilities": { "drop": ["ALL"] }, "allowPrivilegeEscalation": false }
      }
    ],
    "securityContext": {"runAsNonRoot": true, "seccompProfile": {"type": "RuntimeDefault"}}
  }
}
`);
    expect(() => JSON.parse(result.text) as unknown).not.toThrow();
  });

  test('ephemeral containers are fixed too; NET_BIND_SERVICE and a Localhost profile stay', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
  - name: app
    image: nginx
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        add:
        - NET_BIND_SERVICE
        drop:
        - ALL
  ephemeralContainers:
  - name: debugger
    image: busybox
    securityContext:
      privileged: true
      capabilities:
        add:
        - SYS_PTRACE
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/audit.json
`;
    const result = fix(text);
    expect(result.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: debug
spec:
  containers:
  - name: app
    image: nginx
    securityContext:
      allowPrivilegeEscalation: false
      capabilities:
        add:
        - NET_BIND_SERVICE
        drop:
        - ALL
  ephemeralContainers:
  - name: debugger
    image: busybox
    securityContext:
      capabilities:
        drop:
        - ALL
      allowPrivilegeEscalation: false
  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: Localhost
      localhostProfile: profiles/audit.json
`);
    expect(result.applied).toEqual([
      'Set securityContext.allowPrivilegeEscalation to false in container "debugger".',
      'Added "ALL" to securityContext.capabilities.drop in container "debugger".',
      'Removed "SYS_PTRACE" from securityContext.capabilities.add in container "debugger": restricted allows only NET_BIND_SERVICE there.',
      'Removed securityContext.privileged=true from container "debugger".',
    ]);
  });

  test('a pod that already passes is returned unchanged', () => {
    const text = fix(EXAMPLE_MANIFEST).text;
    const workload = parseManifest(text).workloads[0];
    if (!workload) throw new Error('no workload');
    expect(makeRestricted(parseManifest(text), workload)).toEqual({
      ok: true,
      text,
      edits: [],
      applied: [],
      cannotFix: [],
    });
  });

  test('a Windows pod gets runAsNonRoot only: the API refuses the Linux-only fields there', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: win
spec:
  os:
    name: windows
  containers:
    - name: iis
      image: mcr.microsoft.com/windows/servercore/iis
`;
    const result = fix(text);
    expect(result.text).toBe(`${text}  securityContext:
    runAsNonRoot: true
`);
    expect(result.applied).toEqual([NON_ROOT_SENTENCE]);
  });

  test('a pod in its own user namespace keeps running as root: no runAsNonRoot is added or removed', () => {
    // restricted:latest allows uid 0 with hostUsers: false (runAsNonRoot1_35, runAsUser1_35), and
    // runAsNonRoot: true beside runAsUser: 0 would stop the kubelet from starting the container.
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: userns
spec:
  hostUsers: false
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: nginx
      securityContext:
        runAsNonRoot: false
`;
    const result = fix(text);
    expect(result.text).toBe(`apiVersion: v1
kind: Pod
metadata:
  name: userns
spec:
  hostUsers: false
  securityContext:
    runAsUser: 0
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: app
      image: nginx
      securityContext:
        runAsNonRoot: false
        allowPrivilegeEscalation: false
        capabilities:
          drop:
            - ALL
`);
    expect(result.applied).toEqual([
      'Set securityContext.allowPrivilegeEscalation to false in container "app".',
      'Added "ALL" to securityContext.capabilities.drop in container "app".',
      POD_SECCOMP_SENTENCE,
    ]);
    expect(result.cannotFix).toEqual([]);
  });

  test('a node behind an alias is left alone, the other fixes still apply, and the rest is reported', () => {
    const text = `apiVersion: v1
kind: Pod
metadata:
  name: shared
  annotations:
    defaults: &sc
      runAsUser: 1000
spec:
  containers:
    - name: a
      image: nginx
      securityContext: *sc
`;
    const result = fix(text);
    expect(result.text).toBe(`${text}  securityContext:
    runAsNonRoot: true
    seccompProfile:
      type: RuntimeDefault
`);
    expect(result.applied).toEqual([NON_ROOT_SENTENCE, POD_SECCOMP_SENTENCE]);
    const byHand =
      'Podcaps could not change this part of the text in place (it is an alias or a value of an unexpected type); change it by hand.';
    expect(result.cannotFix).toEqual([
      `Allows privilege escalation (container "a" must set securityContext.allowPrivilegeEscalation=false). ${byHand}`,
      `Keeps more capabilities than restricted allows (container "a" must set securityContext.capabilities.drop=["ALL"]). ${byHand}`,
    ]);
  });

  test('refuses text with a syntax error and a workload that is no longer there', () => {
    const workload = parseManifest(EXAMPLE_MANIFEST).workloads[0];
    if (!workload) throw new Error('no workload');
    expect(makeRestricted(parseManifest(`${EXAMPLE_MANIFEST}  bad: [\n`), workload)).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^The text has a YAML error at line 17, column \d+ \(.+\); fix it first\.$/,
      ) as unknown,
    });
    expect(makeRestricted(parseManifest('apiVersion: v1\nkind: Namespace\n'), workload)).toEqual({
      ok: false,
      error: 'The Pod "mypod" is no longer in the text.',
    });
  });
});
