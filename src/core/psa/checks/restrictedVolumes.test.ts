// Ported from kubernetes/pod-security-admission policy/check_restrictedVolumes_test.go at commit
// 8f84a87c7f617f64a4ddc1aea24aeeb7a2e07cb8 (Copyright 2021 The Kubernetes Authors, Apache License
// 2.0): the same table as plain pod data, with one deliberate difference marked below.
import { restrictedVolumesCheck } from './restrictedVolumes.ts';
import { runUpstreamTable, versionOf } from '../../../../testing/upstreamTable.ts';

const allowedTypes = [
  'emptyDir',
  'secret',
  'persistentVolumeClaim',
  'downwardAPI',
  'configMap',
  'projected',
  'csi',
  'ephemeral',
  'image',
];
const restrictedTypes = [
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
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

runUpstreamTable(
  'TestRestrictedVolumes (restrictedVolumes_1_0)',
  versionOf(restrictedVolumesCheck, 0),
  [
    {
      name: 'host path volumes',
      spec: {
        volumes: [
          ...allowedTypes.map((type, i) => ({ name: `a${i + 1}`, [type]: {} })),
          ...restrictedTypes.map((type, i) => ({ name: `b${i + 1}`, [type]: {} })),
          // unknown type
          { name: 'c1' },
        ],
      },
      // Upstream expects "c1" and type "unknown" here: its check function sees the volume with no
      // source as it is. Podcaps reads the manifest before the API server's defaulting, which turns
      // such a volume into emptyDir (SetDefaults_Volume) before admission runs; upstream's own
      // fixture restrictedvolumes0 ("implicit empty dir", test/fixtures_restrictedVolumes.go)
      // passes for that reason. So "c1" is allowed, and the rest reads as upstream's.
      reason: 'restricted volume types',
      detail:
        'volumes ' +
        '"b1", "b2", "b3", "b4", "b5", "b6", "b7", "b8", "b9", "b10", "b11", "b12", "b13", "b14", "b15", "b16", "b17", "b18", "b19", "b20", "b21"' +
        ' use restricted volume types ' +
        '"awsElasticBlockStore", "azureDisk", "azureFile", "cephfs", "cinder", "fc", "flexVolume", "flocker", "gcePersistentDisk", "gitRepo", "glusterfs", ' +
        '"hostPath", "iscsi", "nfs", "photonPersistentDisk", "portworxVolume", "quobyte", "rbd", "scaleIO", "storageos", "vsphereVolume"',
    },
    {
      name: 'one restricted volume (Podcaps: the singular forms)',
      spec: { volumes: [{ name: 'n', nfs: { server: 's', path: '/' } }, { name: 'e' }] },
      reason: 'restricted volume types',
      detail: 'volume "n" uses restricted volume type "nfs"',
    },
  ],
);
