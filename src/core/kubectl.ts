import type { ContainerRef, WorkloadRef } from './model.ts';

/** The file name Download saves as: the first workload's name (SPEC: `mypod.yaml` for the example). */
export function downloadName(workloads: readonly WorkloadRef[]): string {
  const name = workloads.find((w) => w.name)?.name ?? '';
  // metadata.name is a DNS name in a valid manifest; anything else must not become a path.
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `${safe || 'manifest'}.yaml`;
}

// kubectl exec accepts TYPE/NAME for the controllers whose pods it can look up by selector.
const EXEC_TARGETS: Readonly<Record<string, string>> = {
  Deployment: 'deploy',
  ReplicaSet: 'rs',
  StatefulSet: 'sts',
  DaemonSet: 'ds',
  Job: 'job',
  ReplicationController: 'rc',
};

/**
 * The seed's commands for this manifest: create it, then print the capabilities inside the container.
 * A CronJob has no pod until it runs, so it is started once by hand first.
 */
export function kubectlCommands(
  fileName: string,
  workload: WorkloadRef,
  container: ContainerRef,
): string[] {
  const ns = workload.namespace ? ` -n ${workload.namespace}` : '';
  const exec = (target: string) =>
    `kubectl exec${ns} ${target} -c ${container.name} -- capsh --print`;
  const create = `kubectl create -f ${fileName}`;
  if (workload.kind === 'Pod') return [create, exec(workload.name)];
  if (workload.kind === 'CronJob') {
    const job = `${workload.name}-manual`;
    return [
      create,
      `kubectl create job${ns} ${job} --from=cronjob/${workload.name}`,
      exec(`job/${job}`),
    ];
  }
  const prefix = EXEC_TARGETS[workload.kind];
  if (prefix) return [create, exec(`${prefix}/${workload.name}`)];
  // PodTemplate and others create no pod of their own: there is nothing to exec into.
  return [create];
}
