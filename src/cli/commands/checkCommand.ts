import { parseArgs } from 'node:util';
import { evaluatePod } from '../../core/psa/evaluate.ts';
import { formatForbidden } from '../../core/psa/message.ts';
import { namespacePolicies } from '../../core/psa/namespaceLabels.ts';
import { PSA_LEVELS, type PsaLevel } from '../../core/psa/types.ts';
import { parsePolicyVersion } from '../../core/psa/policyVersion.ts';
import { type Command, EXIT } from '../command.ts';
import { type CliIO, InputError } from '../io.ts';
import { type CheckedWorkload, checkReport, workloadLabel } from '../format/checkReport.ts';
import { checkJson } from '../format/checkJson.ts';
import { FORMAT_OPTIONS, formatFlag } from '../format/formatFlag.ts';
import { regionFinder } from '../format/findingRegions.ts';
import { writeReport } from '../format/writeReport.ts';
import { readManifests } from '../readManifest.ts';
import { requireContainers } from '../requireContainers.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';

const DEFAULT_LEVEL: PsaLevel = 'restricted';
const DEFAULT_VERSION = 'latest';

const usage = `Usage: podcaps check FILE... [--level LEVEL] [--version VERSION] [--format FORMAT]
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
  --format FORMAT    text (default) | json (an array, one object per workload) |
                     sarif (SARIF 2.1.0, for code scanning) | junit (a test case
                     per workload) | github (workflow-command annotations)
  --json             the same as --format json
  -h, --help         show this help

${NODE_USAGE}

Exit status: 0 every workload is allowed; 1 some workload is not; 2 a problem
with the input or the options.
`;

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

function line({ file, workload, result }: CheckedWorkload): string {
  const outcome = result.allowed ? 'ok' : formatForbidden(result);
  return `${file.source}: ${workloadLabel(workload)}: ${outcome}\n`;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      level: { type: 'string' },
      version: { type: 'string' },
      ...FORMAT_OPTIONS,
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
  const format = formatFlag(values);
  const files = await readManifests(positionals, io);
  requireContainers(files);
  // Namespaces apply across files: a namespace.yaml next to the deployments is the usual layout.
  const { policies, problems } = namespacePolicies(files.flatMap((f) => f.manifest.others));
  const problem = problems[0];
  if (problem) throw new InputError(`Namespace ${problem.namespace}: ${problem.message}`);

  const checked: CheckedWorkload[] = [];
  for (const file of files) {
    for (const workload of file.manifest.workloads) {
      const fromNamespace =
        workload.namespace === undefined ? undefined : policies.get(workload.namespace);
      const result = evaluatePod(
        { metadata: workload.podMetadata, spec: workload.podSpec },
        levelFlag ?? fromNamespace?.level ?? DEFAULT_LEVEL,
        versionFlag ?? fromNamespace?.version ?? defaultVersion,
      );
      checked.push({ file, workload, result });
    }
  }
  const find = regionFinder();
  await writeReport(io, format, {
    text: () => checked.map(line).join(''),
    json: () => checkJson(checked, find, node),
    report: () => checkReport(checked, find),
    junitName: 'podcaps check',
  });
  return checked.every((c) => c.result.allowed) ? EXIT.ok : EXIT.refused;
}

/** `podcaps check`: Pod Security Standards verdicts for every workload of the manifests. */
export const checkCommand: Command = {
  usage,
  run,
};
