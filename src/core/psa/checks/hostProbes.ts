import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { podContainers, record, text } from '../podData.ts';
import { containersPhrase, joinQuote, pluralize, sortedSet } from '../text.ts';

const PROBES = ['livenessProbe', 'readinessProbe', 'startupProbe'] as const;
const HANDLERS = ['postStart', 'preStop'] as const;
// tcpSocket is not a valid lifecycle handler any more, but upstream still checks it there.
const ACTIONS = ['httpGet', 'tcpSocket'] as const;

/**
 * Probes and lifecycle handlers must not target another host: a `host` there makes the kubelet
 * connect anywhere on the node's network (baseline, 1.34+).
 */
export const hostProbesCheck: PsaCheck = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 34,
      checkPod: (_metadata, spec) => {
        const badContainers = new Set<string>();
        const hosts: string[] = [];
        const paths: NodePath[] = [];
        for (const c of podContainers(spec)) {
          const handlers: [NodePath, unknown][] = PROBES.map((p) => [[...c.path, p], c.data[p]]);
          const lifecycle = record(c.data['lifecycle']);
          for (const h of HANDLERS) handlers.push([[...c.path, 'lifecycle', h], lifecycle?.[h]]);
          for (const [handlerPath, handler] of handlers) {
            for (const action of ACTIONS) {
              const host = text(record(record(handler)?.[action])?.['host']);
              if (host === '') continue;
              badContainers.add(c.name);
              hosts.push(host);
              paths.push([...handlerPath, action, 'host']);
            }
          }
        }
        if (badContainers.size === 0) return undefined;
        const names = sortedSet(badContainers);
        const distinct = sortedSet(hosts);
        return fail(
          'probe or lifecycle host',
          `${containersPhrase(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('probe or lifecycle host', 'probe or lifecycle hosts', distinct.length)} ${joinQuote(distinct)}`,
          paths,
        );
      },
    },
  ],
};
