// Trace fixtures written from the formats' documentation (not recorded): bcc
// tools/capable_example.txt and tools/capable.py, bpftrace tools/capable.bt, Inspektor Gadget
// gadgets/trace_capabilities/README.mdx. An nginx container binding port 80 and changing user.

/** bcc `capable.py` (default columns); AUDIT 0 rows are non-audited probes. */
export const BCC_CAPABLE = `TIME      UID    PID    COMM             CAP  NAME                 AUDIT
22:11:23  0      2676   nginx            10   CAP_NET_BIND_SERVICE 1
22:11:23  0      2676   nginx            6    CAP_SETGID           1
22:11:23  0      2676   nginx            7    CAP_SETUID           1
22:11:23  0      2676   nginx            24   CAP_SYS_RESOURCE     0
22:11:24  0      2677   nginx            24   CAP_SYS_RESOURCE     0
22:11:24  0      2676   nginx            7    CAP_SETUID           1
`;

/** bcc `capable.py -x` (TID and INSETID columns), with a COMM holding a space. */
export const BCC_CAPABLE_EXTRA = `TIME      UID    PID    TID    COMM             CAP  NAME                 AUDIT  INSETID
22:11:23  114    2676   2676   snmpd            12   CAP_NET_ADMIN        1      N/A
22:11:23  0      6990   6991   tokio worker     21   CAP_SYS_ADMIN        0      N/A
`;

/** bpftrace `capable.bt`: banners first; its VERDICT variant is read the same way. */
export const BPFTRACE_CAPABLE = `Attaching 3 probes...
Tracing cap_capable syscalls... Hit Ctrl-C to end.
TIME      UID    PID    COMM             CAP  NAME                 AUDIT  VERDICT
10:02:11  0      812    ping             13   CAP_NET_RAW          1      allow
10:02:12  0      812    ping             13   CAP_NET_RAW          1      allow
`;

/** Inspektor Gadget `kubectl gadget trace_capabilities -o json` (one object per line). */
export const GADGET_JSON_LINES = [
  '{"node":"worker-1","namespace":"default","pod":"web-7d9c","container":"nginx","comm":"nginx","pid":2676,"uid":0,"cap":10,"capName":"NET_BIND_SERVICE","audit":1,"verdict":"Allow","syscall":"bind"}',
  '{"node":"worker-1","namespace":"default","pod":"web-7d9c","container":"nginx","comm":"nginx","pid":2676,"uid":0,"cap":24,"capName":"SYS_RESOURCE","audit":0,"verdict":"Deny","syscall":"prlimit64"}',
  '{"node":"worker-1","namespace":"default","pod":"web-7d9c","container":"sidecar","comm":"envoy","pid":3001,"uid":1337,"cap":12,"capName":"NET_ADMIN","audit":1,"verdict":"Allow","syscall":"setsockopt"}',
  '',
].join('\n');

/** The newer image-based gadget (`ig run trace_capabilities -o json`): an array, k8s nested. */
export const GADGET_JSON_ARRAY = JSON.stringify([
  {
    k8s: { namespace: 'default', podName: 'web-7d9c', containerName: 'nginx' },
    proc: { comm: 'nginx', pid: 2676 },
    cap: 'CAP_SETUID',
    audit: 1,
    capable: true,
    syscall: 'SYS_SETUID',
  },
  {
    k8s: { namespace: 'default', podName: 'web-7d9c', containerName: 'nginx' },
    proc: { comm: 'nginx', pid: 2676 },
    cap: 'CAP_CHOWN',
    audit: 1,
    capable: false,
    syscall: 'SYS_FCHOWN',
  },
]);

/** A plain list, as people write it by hand. */
export const NAME_LIST = `# what the app needs
NET_BIND_SERVICE
cap_setuid
CAP_SETGID
`;
