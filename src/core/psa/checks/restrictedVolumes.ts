import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { list, record, text, type Data } from '../podData.ts';
import { joinQuote, pluralize, sortedSet } from '../text.ts';

// Volume types that cannot reach the node or outside storage except through a PersistentVolume.
// `image` was allowed later (PR #130394) but patched into the 1.0 logic, so it counts at every version.
const ALLOWED = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

// The restricted types, in the order upstream names the first one found in a volume.
const RESTRICTED = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'portworxVolume',
  'photonPersistentDisk',
  'scaleIO',
  'storageos',
];

function isSet(volume: Data, key: string): boolean {
  return volume[key] !== undefined && volume[key] !== null;
}

/** Only ephemeral and claim-backed volume types (restricted, 1.0+). Replaces the hostPath check. */
export const restrictedVolumesCheck: PsaCheck = {
  id: 'restrictedVolumes',
  level: 'restricted',
  versions: [
    {
      minimumVersion: 0,
      overrides: ['hostPathVolumes'],
      checkPod: (_metadata, spec) => {
        const names: string[] = [];
        const types: string[] = [];
        const paths: NodePath[] = [];
        list(spec['volumes']).forEach((item, index) => {
          const volume = record(item) ?? {};
          if (ALLOWED.some((key) => isSet(volume, key))) return;
          const type = RESTRICTED.find((key) => isSet(volume, key));
          // A volume with no source at all is defaulted to emptyDir by the API server.
          if (type === undefined) return;
          names.push(text(volume['name']));
          types.push(type);
          paths.push(['volumes', index, type]);
        });
        if (names.length === 0) return undefined;
        const distinct = sortedSet(types);
        return fail(
          'restricted volume types',
          `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)} ${pluralize('uses', 'use', names.length)} ${pluralize('restricted volume type', 'restricted volume types', distinct.length)} ${joinQuote(distinct)}`,
          paths,
        );
      },
    },
  ],
};
