/**
 * Deterministic, realistic Kubernetes manifests of a chosen size for the benchmarks and the
 * reader's tests: Deployments, Pods, CronJobs and Services, several containers each, with
 * securityContexts and comments the way real repositories write them.
 */

// A fixed linear congruential generator: the same size always gives the same text.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const CAPS = ['NET_ADMIN', 'NET_BIND_SERVICE', 'SYS_TIME', 'CHOWN', 'KILL', 'SYS_PTRACE', 'SETUID'];
const IMAGES = ['nginx:1.27', 'ghcr.io/acme/api:2.4.1', 'busybox:1.36', 'redis:7-alpine'];

function securityContext(pick: () => number, indent: string): string {
  const r = pick();
  const add = CAPS.filter(() => pick() < 0.25);
  const lines = [`${indent}securityContext:`];
  if (r < 0.2) {
    lines.push(`${indent}  privileged: false`);
  }
  lines.push(`${indent}  allowPrivilegeEscalation: ${r < 0.6 ? 'false' : 'true'}`);
  if (r < 0.5)
    lines.push(
      `${indent}  runAsNonRoot: true`,
      `${indent}  runAsUser: ${1000 + Math.floor(r * 100)}`,
    );
  lines.push(`${indent}  capabilities:`);
  lines.push(`${indent}    drop: ["ALL"]  # start from nothing`);
  if (add.length > 0) {
    lines.push(`${indent}    add:`);
    for (const cap of add) lines.push(`${indent}      - ${cap}`);
  }
  if (r > 0.7) lines.push(`${indent}  seccompProfile:`, `${indent}    type: RuntimeDefault`);
  return lines.join('\n');
}

function container(pick: () => number, indent: string, name: string): string {
  const image = IMAGES[Math.floor(pick() * IMAGES.length)] ?? 'nginx';
  return [
    `${indent}- name: ${name}`,
    `${indent}  image: "${image}"`,
    `${indent}  command: ["/bin/sh", "-c", "exec server --port=8080"]`,
    `${indent}  ports:`,
    `${indent}    - containerPort: 8080`,
    `${indent}      protocol: TCP`,
    `${indent}  env:`,
    `${indent}    - name: LOG_LEVEL`,
    `${indent}      value: info # keep quiet in production`,
    `${indent}  resources:`,
    `${indent}    limits: {cpu: 500m, memory: 256Mi}`,
    securityContext(pick, `${indent}  `),
  ].join('\n');
}

function podSpec(pick: () => number, indent: string, name: string): string {
  const count = 2 + Math.floor(pick() * 3);
  const lines = [
    `${indent}securityContext:`,
    `${indent}  runAsUser: 1000`,
    `${indent}  fsGroup: 2000`,
    `${indent}  seccompProfile: {type: RuntimeDefault}`,
  ];
  if (pick() < 0.3) {
    lines.push(`${indent}initContainers:`, container(pick, `${indent}  `, `${name}-init`));
  }
  lines.push(`${indent}containers:`);
  for (let i = 0; i < count; i++) lines.push(container(pick, `${indent}  `, `${name}-c${i}`));
  return lines.join('\n');
}

function workload(pick: () => number, n: number): string {
  const name = `app-${n}`;
  const meta = `metadata:\n  name: ${name}\n  namespace: team-${n % 7}\n  labels:\n    app: ${name}`;
  switch (n % 4) {
    case 0:
      return `# The ${name} deployment\napiVersion: apps/v1\nkind: Deployment\n${meta}\nspec:\n  replicas: 3\n  selector:\n    matchLabels: {app: ${name}}\n  template:\n    metadata:\n      labels: {app: ${name}}\n    spec:\n${podSpec(pick, '      ', name)}`;
    case 1:
      return `apiVersion: v1\nkind: Pod\n${meta}\nspec:\n${podSpec(pick, '  ', name)}`;
    case 2:
      return `apiVersion: batch/v1\nkind: CronJob\n${meta}\nspec:\n  schedule: "*/5 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n${podSpec(pick, '          ', name)}`;
    default:
      return `apiVersion: v1\nkind: Service\n${meta}\nspec:\n  selector: {app: ${name}}\n  ports:\n    - port: 80 # the public port\n      targetPort: 8080`;
  }
}

/** A multi-document manifest of about `bytes` characters (never less than one workload). */
export function generateManifest(bytes: number, seed = 1): string {
  const pick = random(seed);
  const docs: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes || docs.length === 0; n++) {
    const doc = workload(pick, n);
    docs.push(doc);
    size += doc.length + 5;
  }
  return `${docs.join('\n---\n')}\n`;
}

/** `count` Deployments (the generator's Deployment case), as one multi-document manifest. */
export function generateDeployments(count: number, seed = 1): string {
  const pick = random(seed);
  const docs: string[] = [];
  // workload() makes a Deployment for every n divisible by 4.
  for (let i = 0; i < count; i++) docs.push(workload(pick, 4 * i));
  return `${docs.join('\n---\n')}\n`;
}
