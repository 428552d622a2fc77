/**
 * The entry the Kubernetes editor schema is generated from (generateK8sSchema.ts feeds it to
 * ts-json-schema-generator). Types only: it re-exports the workload kinds Podcaps understands from
 * the maintained `kubernetes-types` package, whose doc comments carry the API's field descriptions.
 */
import type { ListMeta } from 'kubernetes-types/meta/v1';

export type { Pod, PodTemplate, ReplicationController } from 'kubernetes-types/core/v1';
export type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from 'kubernetes-types/apps/v1';
export type { CronJob, Job } from 'kubernetes-types/batch/v1';

// `kind: List` is not an API type (kubectl unwraps it client-side), so kubernetes-types has no
// declaration for it. Its `items` are pointed at the kind dispatcher after generation. The doc
// comments below are what the editor's hover shows.

/** A client-side list of objects (`kind: List`); kubectl creates each item on its own. */
export interface List {
  /** APIVersion of the list: `v1`. */
  apiVersion?: 'v1';
  /** Kind of the list: `List`. */
  kind?: 'List';
  /** Standard list metadata. */
  metadata?: ListMeta;
  /** The objects of the list, each validated by its own `kind`. */
  items?: unknown[];
}
