import { parseArgs } from 'node:util';
import { maskToNames } from '../../core/capmask.ts';
import { inspectContainer } from '../../core/inspect/inspectContainer.ts';
import type { ContainerType, RuntimeId } from '../../core/model.ts';
import type { NodeProfile } from '../../core/node/nodeProfile.ts';
import { RUNTIMES } from '../../core/runtimes/runtimeTable.ts';
import { type Command, EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { FORMAT_OPTIONS, formatFlag } from '../format/formatFlag.ts';
import {
  FAIL_ON,
  failOnFlag,
  fails,
  type InspectedContainer,
  inspectReport,
  warningRegion,
} from '../format/inspectReport.ts';
import { regionFinder } from '../format/findingRegions.ts';
import { writeReport } from '../format/writeReport.ts';
import type { Region } from '../../core/report/lineColumn.ts';
import { readManifests } from '../readManifest.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';
import { requireContainers } from '../requireContainers.ts';
import { selectContainers } from '../select.ts';

const usage = `Usage: podcaps inspect FILE... [--workload NAME] [--container NAME]
                       [--runtime NAME[@VERSION]] [--oci-runtime NAME[@VERSION]]
                       [--kernel X.Y] [--kubernetes X.Y] [--format FORMAT] [--fail-on SEVERITY]

For every container (init, regular and ephemeral) of every workload in the
manifest FILEs (YAML or JSON; \`-\` reads standard input): the user, the
bounding and effective capability sets, what is added and dropped relative to
the runtime's defaults, the refusal if the API server or the runtime would
refuse it, and warnings with stable codes.

Options:
  --workload NAME   only the workloads with this metadata.name, in any FILE
  --container NAME  only the containers (also init or ephemeral) with this name
  --format FORMAT   text (default) | json (an array, one object per container) |
                    sarif (SARIF 2.1.0, for code scanning) | junit (a test case
                    per container) | github (workflow-command annotations)
  --json            the same as --format json
  --fail-on LEVEL   ${FAIL_ON.join(' | ')} (default: never): exit 1 when a
                    warning of that severity or a worse one is found
  -h, --help        show this help

${NODE_USAGE}

Exit status: 0 inspected (refusals and warnings included); 1 a warning that
--fail-on counts; 2 a problem with the input or the options, such as a
--workload or --container that matches nothing.
`;

/** One container as --json prints it (the README documents this shape). */
interface ContainerReport {
  /** The FILE argument as given: `-` for standard input. */
  readonly file: string;
  readonly workload: string;
  readonly kind: string;
  readonly container: string;
  readonly containerType: ContainerType;
  readonly runtime: RuntimeId;
  /** The whole node profile the container was inspected on. */
  readonly node: NodeProfile;
  readonly uid: number | null;
  readonly gid: number | null;
  readonly bounding: readonly string[] | null;
  readonly effective: readonly string[] | null;
  readonly added: readonly string[];
  readonly dropped: readonly string[];
  readonly refusal: string | null;
  readonly warnings: readonly {
    code: string;
    severity: string;
    message: string;
    capability?: string;
    /** The warning's node, where the app puts its marker. */
    range: Region | null;
  }[];
}

function report(item: InspectedContainer, find: ReturnType<typeof regionFinder>): ContainerReport {
  const { inspection } = item;
  const { simulation: sim, workload, container } = inspection;
  return {
    file: item.file.file,
    workload: workload.name,
    kind: workload.kind,
    container: container.name,
    containerType: container.type,
    runtime: inspection.runtime,
    node: inspection.node,
    uid: sim.ok ? sim.state.uid.id : null,
    gid: sim.ok ? sim.state.gid.id : null,
    bounding: sim.ok ? maskToNames(sim.state.bounding) : null,
    effective: sim.ok ? maskToNames(sim.state.effective) : null,
    added: maskToNames(inspection.added),
    dropped: maskToNames(inspection.dropped),
    refusal: sim.ok ? null : sim.refusal.message,
    warnings: inspection.warnings.map((w) => ({
      code: w.code,
      severity: w.severity,
      message: w.message,
      ...(w.capability !== undefined ? { capability: w.capability } : {}),
      range: warningRegion(item, w, find),
    })),
  };
}

function names(list: readonly string[] | null): string {
  if (list === null) return '-';
  return list.length === 0 ? '(none)' : `${list.join(', ')} (${list.length})`;
}

const TYPE_LABEL: Readonly<Record<ContainerType, string>> = {
  container: 'container',
  initContainer: 'init container',
  ephemeralContainer: 'ephemeral container',
};

/** The human form: grouped by file, then workload, then container. */
function human(rows: readonly InspectedContainer[]): string {
  let out = '';
  let lastFile: string | undefined;
  let lastWorkload: string | undefined;
  for (const item of rows) {
    const { inspection } = item;
    const source = item.file.source;
    // The text shows no positions, so none are looked up.
    const r = report(item, () => null);
    const sim = inspection.simulation;
    if (source !== lastFile) {
      out += `${lastFile === undefined ? '' : '\n'}${source}\n`;
      lastFile = source;
      lastWorkload = undefined;
    }
    const workloadKey = `${r.kind}/${r.workload}/${inspection.workload.documentIndex}`;
    if (workloadKey !== lastWorkload) {
      out += `  ${r.kind} ${r.workload === '' ? '(unnamed)' : r.workload}\n`;
      lastWorkload = workloadKey;
    }
    out += `    ${TYPE_LABEL[r.containerType]} ${r.container} on ${RUNTIMES[r.runtime].label}\n`;
    if (!sim.ok) {
      out += `      refused    by ${sim.refusal.by}: ${sim.refusal.message}\n`;
    } else {
      const { uid, gid } = sim.state;
      out += `      user       uid=${uid.id}(${uid.name}) gid=${gid.id}(${gid.name})\n`;
      out += `      bounding   ${names(r.bounding)}\n`;
      out += `      effective  ${names(r.effective)}\n`;
      out += `      added      ${r.added.length === 0 ? '(none)' : r.added.join(', ')}\n`;
      out += `      dropped    ${r.dropped.length === 0 ? '(none)' : r.dropped.join(', ')}\n`;
    }
    for (const w of r.warnings) {
      const about = w.capability === undefined ? '' : ` ${w.capability}`;
      out += `      ${w.severity.padEnd(10)} ${w.code}${about}: ${w.message}\n`;
    }
  }
  return out;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      workload: { type: 'string' },
      container: { type: 'string' },
      ...NODE_OPTIONS,
      ...FORMAT_OPTIONS,
      'fail-on': { type: 'string', default: 'never' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(usage);
    return EXIT.ok;
  }
  const node = nodeFromFlags(values);
  const format = formatFlag(values);
  const failOn = failOnFlag(values['fail-on']);
  const loaded = await readManifests(positionals, io);
  requireContainers(loaded);
  const rows = selectContainers(loaded, values).map(({ file, container }) => ({
    file,
    inspection: inspectContainer(file.manifest, container, node),
  }));
  const find = regionFinder();
  await writeReport(io, format, {
    text: () => human(rows),
    // JSON names a file as given (`-` for stdin), as check --json does; the text says <stdin>.
    json: () => rows.map((r) => report(r, find)),
    report: () => inspectReport(rows, find, failOn),
    junitName: 'podcaps inspect',
  });
  const failed = rows.some((r) => r.inspection.warnings.some((w) => fails(w.severity, failOn)));
  return failed ? EXIT.refused : EXIT.ok;
}

/** `podcaps inspect`: per-container capability report and warnings, optionally filtered. */
export const inspectCommand: Command = {
  usage,
  run,
};
