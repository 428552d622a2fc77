/**
 * Reads capability traces: bcc/bpftrace `capable` text (iovisor/bcc tools/capable.py and
 * tools/capable_example.txt; bpftrace tools/capable.bt: columns TIME UID PID [TID] COMM CAP NAME
 * AUDIT, then INSETID or VERDICT with some flags), Inspektor Gadget `trace_capabilities -o json`
 * (inspektor-gadget gadgets/trace_capabilities/README.mdx: one object per line or an array, with
 * cap/capName, audit, capable/verdict, syscall, comm and the k8s namespace/pod/container), or one
 * capability name per line.
 */
import { capabilityByName, capabilityByNumber } from '../capabilityCatalog.ts';
import type { CapabilityInfo } from '../model.ts';
import { asRecord } from '../plain.ts';

/** A trace that holds no capability check; the message is one line. */
export class TraceError extends Error {}

/** One capability check the kernel made (cap_capable). */
export interface TraceCheck {
  readonly cap: CapabilityInfo;
  /**
   * False for a check made with CAP_OPT_NOAUDIT (bcc AUDIT 0): a probe whose failure the program
   * expects and handles (e.g. a library testing whether it may raise a limit), not a need.
   */
  readonly audited: boolean;
  readonly comm?: string | undefined;
  /** The Kubernetes container, pod and namespace the trace names (Inspektor Gadget only). */
  readonly container?: string | undefined;
  readonly pod?: string | undefined;
  readonly namespace?: string | undefined;
}

/** What a trace held. */
export interface TraceReading {
  readonly format: 'bcc' | 'inspektor-gadget' | 'list';
  readonly checks: readonly TraceCheck[];
}

/** A capability from a name (`CAP_NET_ADMIN`, `net_admin`) or a number (`12`). */
function capability(value: unknown): CapabilityInfo | undefined {
  if (typeof value === 'number') return capabilityByNumber(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return capabilityByNumber(Number(text));
  const upper = text.toUpperCase();
  return capabilityByName(upper.startsWith('CAP_') ? upper.slice(4) : upper);
}

function readBcc(lines: readonly string[], headerAt: number): TraceCheck[] {
  const header = lines[headerAt]!.trim().split(/\s+/);
  const comm = header.indexOf('COMM');
  const at = (name: string): number => header.indexOf(name);
  const checks: TraceCheck[] = [];
  for (const line of lines.slice(headerAt + 1)) {
    const cells = line.trim().split(/\s+/);
    // Stack lines (-K/-U), blank lines and "Tracing..." banners do not fill the columns.
    if (cells.length < header.length || !/^\d/.test(cells[0]!)) continue;
    // COMM may hold spaces: columns after it are counted from the end.
    const cell = (i: number): string | undefined =>
      i < 0
        ? undefined
        : comm >= 0 && i > comm
          ? cells[cells.length - (header.length - i)]
          : cells[i];
    const cap = capability(cell(at('NAME'))) ?? capability(cell(at('CAP')));
    if (!cap) continue;
    const commText =
      comm >= 0
        ? cells.slice(comm, cells.length - (header.length - comm - 1)).join(' ')
        : undefined;
    checks.push({ cap, audited: cell(at('AUDIT')) !== '0', comm: commText });
  }
  return checks;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function readGadgetObject(value: unknown): TraceCheck | undefined {
  const o = asRecord(value);
  if (!o) return undefined;
  const k8s = asRecord(o.k8s);
  const proc = asRecord(o.proc);
  const cap = capability(o.capName) ?? capability(o.cap);
  if (!cap) return undefined;
  const audit = o.audit;
  return {
    cap,
    audited: !(audit === 0 || audit === false || audit === '0'),
    comm: str(o.comm) ?? str(proc?.comm),
    container: str(k8s?.containerName) ?? str(k8s?.container) ?? str(o.container),
    pod: str(k8s?.podName) ?? str(k8s?.pod) ?? str(o.pod),
    namespace: str(k8s?.namespace) ?? str(o.namespace),
  };
}

function readGadget(text: string): TraceCheck[] {
  let values: unknown[];
  try {
    const whole: unknown = JSON.parse(text);
    values = Array.isArray(whole) ? whole : [whole];
  } catch {
    // One object per line (`-o json` streams them).
    values = [];
    for (const [i, line] of text.split(/\r?\n/).entries()) {
      if (line.trim() === '') continue;
      try {
        values.push(JSON.parse(line));
      } catch {
        throw new TraceError(
          `line ${i + 1}: not JSON (expected one trace_capabilities object per line)`,
        );
      }
    }
  }
  return values.map(readGadgetObject).filter((c) => c !== undefined);
}

function readList(lines: readonly string[]): TraceCheck[] {
  const checks: TraceCheck[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') continue;
    const cap = capability(line);
    if (!cap) throw new TraceError(`line ${i + 1}: not a capability name: ${JSON.stringify(line)}`);
    checks.push({ cap, audited: true });
  }
  return checks;
}

/** Reads a trace in whichever of the three formats it is. Throws TraceError when it holds no check. */
export function readTrace(text: string): TraceReading {
  const trimmed = text.trim();
  const lines = text.split(/\r?\n/);
  let reading: TraceReading;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    reading = { format: 'inspektor-gadget', checks: readGadget(trimmed) };
  } else {
    const headerAt = lines.findIndex(
      (l) => /\bCAP\b/.test(l) && /\bNAME\b/.test(l) && /\bCOMM\b/.test(l),
    );
    reading =
      headerAt >= 0
        ? { format: 'bcc', checks: readBcc(lines, headerAt) }
        : { format: 'list', checks: readList(lines) };
  }
  if (reading.checks.length === 0) {
    throw new TraceError(
      'the trace has no capability check (expected bcc capable output, Inspektor Gadget trace_capabilities JSON, or one name per line)',
    );
  }
  return reading;
}
