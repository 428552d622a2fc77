/**
 * Builds the Kubernetes object for one imported container: a Pod for a command line, a Deployment
 * for a Compose service, with comments that say why each security field is there.
 */
import { Document, isMap, isScalar, type YAMLMap } from 'yaml';
import { type CapabilityPlan, planCapabilities } from './capabilityPlan.ts';
import type { DockerSpec } from './dockerSpec.ts';
import { securityFields } from './securityOptions.ts';

/** One imported object: its YAML document text (no `---`) and the notes on it. */
export interface ImportedObject {
  readonly kind: 'Pod' | 'Deployment';
  readonly name: string;
  readonly yaml: string;
  readonly notes: readonly string[];
}

/**
 * A DNS-1123 label from `--name` or the image (`registry/team/my_app:1.2@sha256:…` → `my-app`):
 * Kubernetes requires it for Pod, Deployment and container names.
 */
export function kubernetesName(spec: DockerSpec): string {
  const base =
    spec.name ??
    spec.image
      .replace(/@.*$/, '')
      .split('/')
      .pop()!
      .replace(/:[^:]*$/, '');
  const label = base
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 63)
    .replace(/-$/, '');
  return label === '' ? 'container' : label;
}

function capabilitiesBlock(plan: CapabilityPlan): Record<string, string[]> | undefined {
  const block: Record<string, string[]> = {};
  if (plan.add.length > 0) block.add = [...plan.add];
  if (plan.drop.length > 0) block.drop = [...plan.drop];
  return Object.keys(block).length > 0 ? block : undefined;
}

// Comment lines of at most 96 characters, broken between words, so the YAML stays readable.
function wrap(text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > 96) {
      lines.push(line);
      line = `  ${word}`;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function commentKey(map: unknown, key: string, lines: readonly string[]): void {
  if (!isMap(map) || lines.length === 0) return;
  const pair = (map as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key))
    pair.key.commentBefore = lines
      .flatMap(wrap)
      .map((l) => ` ${l}`)
      .join('\n');
}

/** The object for `spec`, named `name` (already made unique by the caller). */
export function toKubernetes(spec: DockerSpec, name: string): ImportedObject {
  const plan = planCapabilities(spec);
  const fields = securityFields(spec);
  const notes = [
    ...(spec.ignored.length > 0
      ? [`ignored ${spec.ignored.join(', ')}: not about the process's capabilities or identity`]
      : []),
    ...plan.notes,
    ...fields.notes,
  ];

  const securityContext: Record<string, unknown> = {};
  if (plan.privileged) securityContext.privileged = true;
  const caps = capabilitiesBlock(plan);
  if (caps) securityContext.capabilities = caps;
  if (fields.runAsUser !== undefined) securityContext.runAsUser = fields.runAsUser;
  if (fields.runAsGroup !== undefined) securityContext.runAsGroup = fields.runAsGroup;
  if (fields.noNewPrivileges) securityContext.allowPrivilegeEscalation = false;
  if (fields.seccompProfile) securityContext.seccompProfile = { ...fields.seccompProfile };
  if (fields.appArmorProfile) securityContext.appArmorProfile = { ...fields.appArmorProfile };

  const container: Record<string, unknown> = { name, image: spec.image };
  if (spec.entrypoint !== undefined) container.command = [...spec.entrypoint];
  if (spec.args !== undefined) container.args = [...spec.args];
  if (Object.keys(securityContext).length > 0) container.securityContext = securityContext;

  const podSpec: Record<string, unknown> = {};
  if (fields.supplementalGroups.length > 0) {
    podSpec.securityContext = { supplementalGroups: fields.supplementalGroups };
  }
  podSpec.containers = [container];

  const kind = spec.source === 'run' ? 'Pod' : 'Deployment';
  const object =
    kind === 'Pod'
      ? { apiVersion: 'v1', kind, metadata: { name }, spec: podSpec }
      : {
          apiVersion: 'apps/v1',
          kind,
          metadata: { name },
          spec: {
            replicas: 1,
            selector: { matchLabels: { app: name } },
            template: { metadata: { labels: { app: name } }, spec: podSpec },
          },
        };
  const doc = new Document(object);
  const original = spec.original.replace(/\s+/g, ' ');
  const shown = original.length > 200 ? `${original.slice(0, 197)}...` : original;
  doc.commentBefore = ` Imported by podcaps from ${spec.where}: ${shown}`;
  const containerPath =
    kind === 'Pod' ? ['spec', 'containers', 0] : ['spec', 'template', 'spec', 'containers', 0];
  commentKey(doc.getIn(containerPath, true), 'securityContext', [...plan.notes, ...fields.notes]);
  return { kind, name, yaml: doc.toString({ lineWidth: 0 }), notes };
}
