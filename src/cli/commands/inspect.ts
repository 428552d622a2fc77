import { parseArgs } from 'node:util';
import { maskToNames } from '../../core/capmask.ts';
import { inspectContainer, type ContainerInspection } from '../../core/inspect/inspectContainer.ts';
import type { ContainerType, RuntimeId } from '../../core/model.ts';
import type { NodeProfile } from '../../core/node/nodeProfile.ts';
import { RUNTIMES } from '../../core/runtimes/table.ts';
import { type Command, EXIT } from '../command.ts';
import type { CliIO } from '../io.ts';
import { readManifests } from '../readManifest.ts';
import { NODE_OPTIONS, NODE_USAGE, nodeFromFlags } from '../nodeFlags.ts';
import { selectContainers } from '../select.ts';

const usage = `Usage: podcaps inspect FILE... [--workload NAME] [--container NAME]
                       [--runtime NAME[@VERSION]] [--oci-runtime NAME[@VERSION]]
                       [--kernel X.Y] [--kubernetes X.Y] [--json]

For every container (init, regular and ephemeral) of every workload in the
manifest FILEs (YAML or JSON; \`-\` reads standard input): the user, the
bounding and effective capability sets, what is added and dropped relative to
the runtime's defaults, the refusal if the API server or the runtime would
refuse it, and warnings with stable codes.

Options:
  --workload NAME   only the workloads with this metadata.name, in any FILE
  --container NAME  only the containers (also init or ephemeral) with this name
  --json            print a JSON array, one object per container
  -h, --help        show this help

${NODE_USAGE}

Exit status: 0 inspected (refusals and warnings included); 2 a problem with
the input or the options, such as a --workload or --container that matches
nothing.
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
  }[];
}

function report(file: string, inspection: ContainerInspection): ContainerReport {
  const { simulation: sim, workload, container } = inspection;
  return {
    file,
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

/** One container to print: the name messages use for its file, its --json object, its inspection. */
interface Row {
  /** The path, or `<stdin>`. */
  readonly source: string;
  readonly report: ContainerReport;
  readonly inspection: ContainerInspection;
}

/** The human form: grouped by file, then workload, then container. */
function human(rows: readonly Row[]): string {
  let out = '';
  let lastFile: string | undefined;
  let lastWorkload: string | undefined;
  for (const { source, report: r, inspection } of rows) {
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
      json: { type: 'boolean', default: false },
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
  const loaded = await readManifests(positionals, io);
  // JSON names a file as given (`-` for stdin), as check --json does; the human form says <stdin>.
  const rows = selectContainers(loaded, values).map(({ file, container }) => {
    const inspection = inspectContainer(file.manifest, container, node);
    return { source: file.source, report: report(file.file, inspection), inspection };
  });
  const reports = rows.map((r) => r.report);
  io.stdout.write(values.json ? `${JSON.stringify(reports, null, 2)}\n` : human(rows));
  return EXIT.ok;
}

/** `podcaps inspect`: per-container capability report and warnings, optionally filtered. */
export const inspectCommand: Command = {
  summary: 'report capabilities, refusals and warnings for every container',
  usage,
  run,
};
