import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { list, podContainers, record } from '../podData.ts';
import { containersPhrase, pluralize, sortedSet } from '../text.ts';

/** No host ports (baseline, 1.0+). */
export const hostPortsCheck: PsaCheck = {
  id: 'hostPorts',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const badContainers: string[] = [];
        const ports: string[] = [];
        const paths: NodePath[] = [];
        for (const c of podContainers(spec)) {
          let bad = false;
          list(c.data['ports']).forEach((item, index) => {
            const hostPort = record(item)?.['hostPort'];
            if (typeof hostPort !== 'number' || hostPort === 0) return;
            bad = true;
            ports.push(String(hostPort));
            paths.push([...c.path, 'ports', index, 'hostPort']);
          });
          if (bad) badContainers.push(c.name);
        }
        if (badContainers.length === 0) return undefined;
        // Upstream sorts the ports as strings, so 10 comes before 9.
        const distinct = sortedSet(ports);
        return fail(
          'hostPort',
          `${containersPhrase(badContainers)} ${pluralize('uses', 'use', badContainers.length)} ${pluralize('hostPort', 'hostPorts', distinct.length)} ${distinct.join(', ')}`,
          paths,
        );
      },
    },
  ],
};
