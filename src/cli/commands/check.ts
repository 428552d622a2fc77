import { parseArgs } from 'node:util';
import type { WorkloadRef } from '../../core/model.ts';
import { evaluatePod } from '../../core/psa/evaluate.ts';
import { formatForbidden } from '../../core/psa/message.ts';
import { namespacePolicies } from '../../core/psa/namespaceLabels.ts';
import { PSA_LEVELS, type PsaLevel, type PsaResult } from '../../core/psa/types.ts';
import { parsePolicyVersion } from '../../core/psa/version.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError } from '../io.ts';
import { type ManifestFile, readManifests } from '../readManifest.ts';
import type { NodeProfile } from '../../core/node/nodeProfile.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';

const DEFAULT_LEVEL: PsaLevel = 'restricted';
const DEFAULT_VERSION = 'latest';

const usage = `Usage: podcaps check FILE... [--level LEVEL] [--version VERSION] [--json]
                     [--runtime NAME[@VERSION]] [--oci-runtime NAME[@VERSION]]
                     [--kernel X.Y] [--kubernetes X.Y]

Check every pod and pod template in the manifest FILEs (YAML or JSON; \`-\` reads
standard input) against the Kubernetes Pod Security Standards, as the Pod
Security admission controller would enforce them.

A Namespace in the input with the pod-security.kubernetes.io/enforce (and
enforce-version) labels sets the level and version for the workloads in it;
--level and --version override those labels.

Options:
  --level LEVEL      ${PSA_LEVELS.join(' | ')} (default: ${DEFAULT_LEVEL});
                     privileged allows everything, as in Kubernetes
  --version VERSION  the policy version, vX.Y or latest (default: v1.N of
                     --kubernetes 1.N when given, else ${DEFAULT_VERSION})
  --json             print a JSON array, one object per workload
  -h, --help         show this help

${NODE_USAGE}

Exit status: 0 every workload is allowed; 1 some workload is not; 2 a problem
with the input or the options.
`;

/** One checked workload, as --json prints it. */
interface Verdict {
  readonly file: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | null;
  readonly level: PsaLevel;
  readonly version: string;
  readonly policy: string;
  readonly allowed: boolean;
  readonly violations: readonly { checkId: string; reason: string; detail: string }[];
  /** The node profile the check assumed (its Kubernetes version sets the default policy version). */
  readonly node: NodeProfile;
}

function isLevel(value: string): value is PsaLevel {
  return (PSA_LEVELS as readonly string[]).includes(value);
}

// The same words as a Namespace label with a bad level (core/psa/namespaceLabels.ts).
function checkedLevel(value: string | undefined): PsaLevel | undefined {
  if (value === undefined || isLevel(value)) return value;
  throw new InputError(`--level must be one of ${PSA_LEVELS.join(', ')} (got "${value}")`);
}

function checkedVersion(value: string | undefined): string | undefined {
  if (value !== undefined && parsePolicyVersion(value) === undefined) {
    throw new InputError(`--version must be vX.Y or latest (got "${value}")`);
  }
  return value;
}

function line(file: ManifestFile, workload: WorkloadRef, result: PsaResult): string {
  const name = workload.name === '' ? '(unnamed)' : workload.name;
  const ns = workload.namespace === undefined ? '' : ` (ns ${workload.namespace})`;
  const outcome = result.allowed ? 'ok' : formatForbidden(result);
  return `${file.source}: ${workload.kind} ${name}${ns}: ${outcome}\n`;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      level: { type: 'string' },
      version: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      ...NODE_OPTIONS,
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const node = nodeFromFlags(values);
  // The admission controller of Kubernetes 1.N enforces policy v1.N unless told otherwise.
  const defaultVersion = values.kubernetes === undefined ? DEFAULT_VERSION : `v${node.kubernetes}`;
  const levelFlag = checkedLevel(values.level);
  const versionFlag = checkedVersion(values.version);
  const files = await readManifests(positionals, io);
  // Namespaces apply across files: a namespace.yaml next to the deployments is the usual layout.
  const { policies, problems } = namespacePolicies(files.flatMap((f) => f.manifest.others));
  const problem = problems[0];
  if (problem) throw new InputError(`Namespace ${problem.namespace}: ${problem.message}`);

  const verdicts: Verdict[] = [];
  let allAllowed = true;
  for (const file of files) {
    for (const workload of file.manifest.workloads) {
      const fromNamespace =
        workload.namespace === undefined ? undefined : policies.get(workload.namespace);
      const result = evaluatePod(
        { metadata: workload.podMetadata, spec: workload.podSpec },
        levelFlag ?? fromNamespace?.level ?? DEFAULT_LEVEL,
        versionFlag ?? fromNamespace?.version ?? defaultVersion,
      );
      allAllowed &&= result.allowed;
      if (!values.json) io.stdout.write(line(file, workload, result));
      verdicts.push({
        file: file.file,
        kind: workload.kind,
        name: workload.name,
        namespace: workload.namespace ?? null,
        level: result.level,
        version: result.version,
        policy: result.policy,
        allowed: result.allowed,
        violations: result.violations.map(({ checkId, reason, detail }) => ({
          checkId,
          reason,
          detail,
        })),
        node,
      });
    }
  }
  if (values.json) io.stdout.write(`${JSON.stringify(verdicts, null, 2)}\n`);
  return allAllowed ? EXIT.ok : EXIT.refused;
}

/** `podcaps check`: Pod Security Standards verdicts for every workload of the manifests. */
export const checkCommand: Command = {
  summary: 'check workloads against the Pod Security Standards (baseline, restricted)',
  usage,
  run,
};
