import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { list, record, text } from '../podData.ts';
import { joinQuote, pluralize } from '../text.ts';

/** No hostPath volumes (baseline, 1.0+). */
export const hostPathVolumesCheck: PsaCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  versions: [
    {
      minimumVersion: 0,
      checkPod: (_metadata, spec) => {
        const names: string[] = [];
        const paths: NodePath[] = [];
        list(spec['volumes']).forEach((item, index) => {
          const volume = record(item);
          if (volume?.['hostPath'] === undefined || volume['hostPath'] === null) return;
          names.push(text(volume['name']));
          paths.push(['volumes', index, 'hostPath']);
        });
        if (names.length === 0) return undefined;
        return fail(
          'hostPath volumes',
          `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
          paths,
        );
      },
    },
  ],
};
