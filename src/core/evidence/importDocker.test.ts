import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatCapsh } from '../capsh.ts';
import { CAPABILITIES } from '../capabilityCatalog.ts';
import { parseManifest } from '../manifest/parse.ts';
import type { RuntimeId } from '../model.ts';
import { simulate } from '../process.ts';
import { ImportError, importDocker } from './importDocker.ts';

// Walking into parsed YAML whose shape each test states: `any` keeps the paths short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Obj = Record<string, any>;

/** The objects of the imported YAML, as plain data. */
function objects(text: string): Obj[] {
  return importDocker(text)
    .yaml.split(/^---$/m)
    .map((d) => parse(d) as Obj);
}

/** The first container's securityContext of the first imported object. */
function sc(text: string): Obj | undefined {
  const o = objects(text)[0]!;
  const spec = o.kind === 'Pod' ? o.spec : o.spec.template.spec;
  return spec.containers[0].securityContext;
}

function notes(text: string): string[] {
  return importDocker(text).notes.map((n) => `${n.where}: ${n.message}`);
}

const EXTRA = ['AUDIT_WRITE', 'MKNOD', 'SETFCAP', 'SYS_CHROOT'];
// Docker's defaults that CRI-O lacks, in capability-number order.
const CRIO_MISSING = ['NET_RAW', 'SYS_CHROOT', 'MKNOD', 'AUDIT_WRITE', 'SETFCAP'];

describe('docker run: --cap-add / --cap-drop spellings', () => {
  it.each([
    ['--cap-add=NET_ADMIN'],
    ['--cap-add NET_ADMIN'],
    ['--cap-add=net_admin'],
    ['--cap-add CAP_NET_ADMIN'],
    ['--cap-add=cap_net_admin'],
  ])('%s becomes add NET_ADMIN', (flag) => {
    expect(sc(`docker run ${flag} ubuntu`)?.capabilities.add).toEqual([
      'NET_ADMIN',
      ...CRIO_MISSING,
    ]);
  });

  it('says when a name is rewritten, because containerd doubles CAP_', () => {
    expect(notes('docker run --cap-add CAP_SYS_TIME x').join('\n')).toMatch(
      /CAP_SYS_TIME → SYS_TIME.*CAP_CAP_NET_ADMIN/,
    );
  });

  it('splits a comma list, and says the docker CLI would not', () => {
    expect(sc('podman run --cap-add=NET_ADMIN,SYS_TIME x')?.capabilities.add.slice(0, 2)).toEqual([
      'NET_ADMIN',
      'SYS_TIME',
    ]);
    expect(notes('docker run --cap-add=NET_ADMIN,SYS_TIME x').join('\n')).toMatch(
      /one name per --cap-add/,
    );
  });

  it('drop keeps the name and the CRI-O compensation skips what is dropped', () => {
    expect(sc('docker run --cap-add=NET_ADMIN --cap-drop NET_RAW ubuntu:14.04 sleep 300')).toEqual({
      capabilities: { add: ['NET_ADMIN', ...EXTRA.sort(byNumber)], drop: ['NET_RAW'] },
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('resolves add-and-drop of one name as Docker does: only in add', () => {
    const s = sc('docker run --cap-add NET_RAW --cap-drop net_raw --cap-drop KILL x');
    expect(s?.capabilities).toEqual({
      add: ['NET_RAW', ...EXTRA.sort(byNumber)],
      drop: ['KILL'],
    });
    expect(notes('docker run --cap-add NET_RAW --cap-drop NET_RAW x').join('\n')).toMatch(
      /NET_RAW is in both --cap-add and --cap-drop: docker grants it \(add wins\)/,
    );
  });

  it('--cap-drop ALL becomes drop [ALL] with the adds only', () => {
    expect(sc('docker run --cap-drop ALL --cap-add chown x')?.capabilities).toEqual({
      add: ['CHOWN'],
      drop: ['ALL'],
    });
    expect(sc('docker run --cap-drop=all x')?.capabilities).toEqual({ drop: ['ALL'] });
  });

  it('--cap-add ALL beats --cap-drop ALL, and keeps the individual drops', () => {
    expect(
      sc('docker run --cap-add ALL --cap-drop ALL --cap-drop SYS_ADMIN x')?.capabilities,
    ).toEqual({
      add: ['ALL'],
      drop: ['SYS_ADMIN'],
    });
  });

  it('writes the CRI-O compensation even without any cap flag', () => {
    expect(sc('docker run ubuntu')?.capabilities).toEqual({ add: CRIO_MISSING });
  });

  it('refuses a capability Docker would refuse, in one line', () => {
    expect(() => importDocker('docker run --cap-add NET_FROB x')).toThrow(
      'line 1: docker would refuse --cap-add NET_FROB: unknown capability: "CAP_NET_FROB"',
    );
  });
});

function byNumber(a: string, b: string): number {
  const n = (s: string) => CAPABILITIES.findIndex((c) => c.name === s);
  return n(a) - n(b);
}

describe('docker run: the other process flags', () => {
  it('--privileged becomes privileged: true, and the cap lists go with a note', () => {
    expect(sc('docker run --privileged --cap-add NET_ADMIN x')).toEqual({ privileged: true });
    expect(notes('docker run --privileged --cap-add NET_ADMIN x').join('\n')).toMatch(
      /ignores --cap-add\/--cap-drop for a privileged container/,
    );
  });

  it.each([
    ['-u 1000', { runAsUser: 1000 }],
    ['--user=1000:1000', { runAsUser: 1000, runAsGroup: 1000 }],
    ['-u0:27', { runAsUser: 0, runAsGroup: 27 }],
    ['--user root', { runAsUser: 0 }],
  ])('%s sets the numeric ids', (flag, ids) => {
    expect(sc(`docker run ${flag} --cap-drop ALL x`)).toEqual({
      capabilities: { drop: ['ALL'] },
      ...ids,
      seccompProfile: { type: 'RuntimeDefault' },
    });
  });

  it('a user name cannot be expressed: left out with a note', () => {
    expect(sc('docker run --user nginx --cap-drop ALL x')?.runAsUser).toBeUndefined();
    expect(notes('docker run --user nginx x').join('\n')).toMatch(/user "nginx" is a name/);
  });

  it('--group-add becomes the pod supplementalGroups (numbers only)', () => {
    const pod = objects('docker run --group-add 27 --group-add=audio --group-add 27 x')[0]!;
    expect(pod.spec.securityContext).toEqual({ supplementalGroups: [27] });
    expect(notes('docker run --group-add audio x').join('\n')).toMatch(/group "audio" is a name/);
  });

  it.each(['no-new-privileges', 'no-new-privileges:true', 'no-new-privileges=true'])(
    '--security-opt %s sets allowPrivilegeEscalation: false',
    (opt) => {
      expect(sc(`docker run --security-opt ${opt} x`)?.allowPrivilegeEscalation).toBe(false);
    },
  );

  it('no-new-privileges:false changes nothing', () => {
    expect(sc('docker run --security-opt no-new-privileges:false x')).not.toHaveProperty(
      'allowPrivilegeEscalation',
    );
  });

  it('seccomp and apparmor become their profiles', () => {
    expect(sc('docker run --security-opt seccomp=unconfined x')?.seccompProfile).toEqual({
      type: 'Unconfined',
    });
    expect(
      sc('docker run --security-opt seccomp=/etc/docker/strict.json x')?.seccompProfile,
    ).toEqual({
      type: 'Localhost',
      localhostProfile: 'strict.json',
    });
    expect(notes('docker run --security-opt seccomp=/p/strict.json x').join('\n')).toMatch(
      /\/var\/lib\/kubelet\/seccomp\/strict\.json/,
    );
    expect(sc('docker run --security-opt apparmor=unconfined x')?.appArmorProfile).toEqual({
      type: 'Unconfined',
    });
    expect(sc('docker run --security-opt apparmor=my-profile x')?.appArmorProfile).toEqual({
      type: 'Localhost',
      localhostProfile: 'my-profile',
    });
  });

  it('--name names the Pod and the container; else the image does', () => {
    const [a, b, c] = objects(
      'docker run --name web x\ndocker run registry.io:5000/team/My_App:1.2@sha256:abc\ndocker run registry.io:5000/team/My_App',
    );
    expect([a!.metadata.name, a!.spec.containers[0].name]).toEqual(['web', 'web']);
    expect([b!.metadata.name, c!.metadata.name]).toEqual(['my-app', 'my-app-2']);
  });

  it('finds the image after flags that take values, and keeps the command as args', () => {
    const [pod] = objects(
      `docker run -d -e FOO=bar --env BAZ -p 8080:80 -itv /a:/b -w /tmp --rm --entrypoint /bin/sh nginx:1.27 -c 'echo "a b" $HOME'`,
    );
    expect(pod!.spec.containers[0]).toMatchObject({
      image: 'nginx:1.27',
      command: ['/bin/sh'],
      args: ['-c', 'echo "a b" $HOME'],
    });
    expect(notes('docker run -d -e FOO=bar -p 8080:80 --rm nginx').join('\n')).toMatch(
      /ignored --detach, --env FOO=bar, --publish 8080:80, --rm: not about/,
    );
  });

  it('reads several commands, backslash-newline continuations and -- before the image', () => {
    const objs = objects(
      '# a comment\n$ docker run --cap-add \\\n  NET_ADMIN \\\n  alpine\n\nsudo podman container run -- busybox:1 ls\n',
    );
    expect(objs.map((o) => o.metadata.name)).toEqual(['alpine', 'busybox']);
    expect(objs[0]!.spec.containers[0].securityContext.capabilities.add[0]).toBe('NET_ADMIN');
    expect(objs[1]!.spec.containers[0].args).toEqual(['ls']);
  });

  it('drops what containerd grants and Podman does not', () => {
    expect(sc('podman run x')?.capabilities).toEqual({
      add: ['SYS_CHROOT', 'SETFCAP'],
      drop: ['NET_RAW', 'MKNOD', 'AUDIT_WRITE'],
    });
  });

  it('puts each decision in a YAML comment above securityContext', () => {
    const yaml = importDocker('docker run --cap-add NET_RAW --cap-drop NET_RAW x').yaml;
    expect(yaml).toMatch(/^# Imported by podcaps from line 1: docker run --cap-add NET_RAW/);
    expect(yaml).toMatch(
      / {6}# NET_RAW is in both --cap-add and --cap-drop[^\n]*\n( {6}#[^\n]*\n)* {6}securityContext:/,
    );
  });
});

describe('bad input', () => {
  it.each([
    ['kubectl run x --image=y', 'line 1: not a docker run or podman run command: "kubectl run x"'],
    ['docker ps -a', 'line 1: not a docker run or podman run command: "docker ps -a"'],
    ['docker run -it --rm', 'line 1: no image after docker run'],
    ['docker run --name', 'line 1: --name needs a value'],
    ['services: {}\n', 'Compose file has no services (expected a services: mapping)'],
    ['version: "3"\n', 'Compose file has no services (expected a services: mapping)'],
    ['  \n', 'nothing to import: the input is empty'],
  ])('%j is refused with one line', (text, message) => {
    expect(() => importDocker(text)).toThrow(ImportError);
    expect(() => importDocker(text)).toThrow(message);
  });
});

describe('Compose', () => {
  const COMPOSE = `services:
  web:
    image: nginx:1.27
    container_name: my-web
    ports: ["80:80"]
    cap_add: [NET_ADMIN, CAP_SYS_TIME]
    cap_drop: [ALL]
    user: "101:101"
    group_add: [27, audio]
    security_opt: ["no-new-privileges:true", "apparmor=unconfined", "seccomp=unconfined"]
    entrypoint: /docker-entrypoint.sh
    command: nginx -g 'daemon off;'
  priv:
    image: busybox
    privileged: true
    command: [sleep, "300"]
`;

  it('makes a Deployment per service, named after it, with every key', () => {
    const [web, priv] = objects(COMPOSE);
    expect(web).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: { metadata: { labels: { app: 'web' } } },
      },
    });
    expect(web!.spec.template.spec).toEqual({
      securityContext: { supplementalGroups: [27] },
      containers: [
        {
          name: 'web',
          image: 'nginx:1.27',
          command: ['/docker-entrypoint.sh'],
          args: ['nginx', '-g', 'daemon off;'],
          securityContext: {
            capabilities: { add: ['NET_ADMIN', 'SYS_TIME'], drop: ['ALL'] },
            runAsUser: 101,
            runAsGroup: 101,
            allowPrivilegeEscalation: false,
            seccompProfile: { type: 'Unconfined' },
            appArmorProfile: { type: 'Unconfined' },
          },
        },
      ],
    });
    expect(priv!.spec.template.spec.containers[0]).toEqual({
      name: 'priv',
      image: 'busybox',
      args: ['sleep', '300'],
      securityContext: { privileged: true },
    });
  });

  it('notes the keys it does not import and the group name', () => {
    const all = notes(COMPOSE).join('\n');
    expect(all).toMatch(/service web: ignored ports:, container_name: my-web/);
    expect(all).toMatch(/service web: group "audio" is a name/);
  });

  it('refuses a service without an image', () => {
    expect(() => importDocker('services:\n  app:\n    build: .\n')).toThrow(
      'service app: no image',
    );
  });
});

// What Docker itself gives (the docker runtime model, RUNTIME-SEMANTICS §5) must be what the
// imported Pod gets on containerd and on CRI-O: the rules, checked on random command lines.
describe('imported Pods keep what Docker granted', () => {
  const capName = fc.constantFrom(...CAPABILITIES.map((c) => c.name), 'ALL', 'all');
  const spelled = fc
    .tuple(capName, fc.constantFrom('', 'CAP_', 'cap_'), fc.boolean())
    .map(([n, p, lower]) =>
      n.toUpperCase() === 'ALL' ? n : lower ? `${p}${n}`.toLowerCase() : `${p}${n}`,
    );
  interface Command {
    add: string[];
    drop: string[];
    privileged: boolean;
    user: string | undefined;
    nnp: boolean;
  }
  const command: fc.Arbitrary<Command> = fc.record({
    add: fc.array(spelled, { maxLength: 4 }),
    drop: fc.array(spelled, { maxLength: 4 }),
    privileged: fc.boolean(),
    user: fc.constantFrom(undefined, '0', '1000', '33:33'),
    nnp: fc.boolean(),
  });

  function dockerPod(c: Command): string {
    // The API server refuses the literal CAP_SYS_ADMIN with allowPrivilegeEscalation: false;
    // docker run has no such rule, and Docker upper-cases names, so spell it another way here.
    const add = c.add.map((n) => (n === 'CAP_SYS_ADMIN' ? 'Cap_SYS_ADMIN' : n));
    const sc: Record<string, unknown> = { capabilities: { add, drop: c.drop } };
    if (c.privileged) sc.privileged = true;
    if (c.user) {
      const [u, g] = c.user.split(':');
      sc.runAsUser = Number(u);
      if (g) sc.runAsGroup = Number(g);
    }
    if (c.nnp && !c.privileged) sc.allowPrivilegeEscalation = false;
    return JSON.stringify({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'p' },
      spec: { containers: [{ name: 'c', image: 'x', securityContext: sc }] },
    });
  }

  function capsh(text: string, runtime: RuntimeId): string {
    const m = parseManifest(text);
    const r = simulate(m, m.workloads[0]!.containers[0]!, runtime);
    return r.ok ? formatCapsh(r.state) : `refused: ${r.refusal.message}`;
  }

  it('on containerd and CRI-O, for 300 random docker run lines', () => {
    fc.assert(
      fc.property(command, (c) => {
        const line = [
          'docker run',
          ...c.add.map((n) => `--cap-add=${n}`),
          ...c.drop.map((n) => `--cap-drop ${n}`),
          c.privileged ? '--privileged' : '',
          c.user ? `-u ${c.user}` : '',
          c.nnp ? '--security-opt no-new-privileges' : '',
          'ubuntu:14.04 capsh --print',
        ].join(' ');
        const docker = capsh(dockerPod(c), 'docker');
        const imported = importDocker(line).yaml;
        expect(capsh(imported, 'containerd')).toBe(docker);
        if (!c.privileged) expect(capsh(imported, 'cri-o')).toBe(docker);
      }),
      { numRuns: 300, seed: 12 },
    );
  });
});
