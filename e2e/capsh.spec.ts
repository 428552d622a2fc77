import { expect, test } from './fixtures.ts';

// libcap 2.66 inside mypod/myshell on containerd (fixtures/capsh/seed-net-admin--containerd--myshell).
const SEED_NET_ADMIN_CONTAINERD = `Current: cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_admin,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap=ep
Bounding set =cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_admin,cap_net_raw,cap_sys_chroot,cap_mknod,cap_audit_write,cap_setfcap
Ambient set =
Current IAB: !cap_dac_read_search,!cap_linux_immutable,!cap_net_broadcast,!cap_ipc_lock,!cap_ipc_owner,!cap_sys_module,!cap_sys_rawio,!cap_sys_ptrace,!cap_sys_pacct,!cap_sys_admin,!cap_sys_boot,!cap_sys_nice,!cap_sys_resource,!cap_sys_time,!cap_sys_tty_config,!cap_lease,!cap_audit_control,!cap_mac_override,!cap_mac_admin,!cap_syslog,!cap_wake_alarm,!cap_block_suspend,!cap_audit_read,!cap_perfmon,!cap_bpf,!cap_checkpoint_restore
Securebits: 00/0x0/1'b0 (no-new-privs=0)
 secure-noroot: no (unlocked)
 secure-no-suid-fixup: no (unlocked)
 secure-keep-caps: no (unlocked)
 secure-no-ambient-raise: no (unlocked)
uid=0(root) euid=0(root)
gid=0(root)
groups=0(root)
Guessed mode: HYBRID (4)
`;

test('the example prints exactly what capsh prints in mypod on containerd', async ({ app }) => {
  await app.goto();
  await expect(app.runtime).toHaveValue('containerd');
  await expect(app.container.locator('option:checked')).toHaveText('mypod / myshell');
  // textContent, not innerText: the pre must hold the text byte for byte, final newline included.
  await expect
    .poll(() => app.capshText.evaluate((pre) => pre.textContent))
    .toBe(SEED_NET_ADMIN_CONTAINERD);
  // The text as rendered, as a selection copies it (innerText: the lines are boxes of their own,
  // and none may add a line break of its own), is the same, but for capsh's final newline.
  expect(await app.capshText.innerText()).toBe(SEED_NET_ADMIN_CONTAINERD);
  expect(
    await app.capshText.evaluate((pre) => {
      getSelection()?.selectAllChildren(pre);
      return getSelection()?.toString();
    }),
  ).toBe(SEED_NET_ADMIN_CONTAINERD.slice(0, -1));
  await app.page.evaluate(() => getSelection()?.removeAllRanges());
  await expect(app.commandsRegion.getByText('kubectl create -f mypod.yaml')).toBeVisible();
  await expect(
    app.commandsRegion.getByText('kubectl exec mypod -c myshell -- capsh --print'),
  ).toBeVisible();
});

test('switching the runtime changes the defaults and the simulated sets', async ({ app }) => {
  await app.goto();
  await expect(app.capshText).toContainText('cap_mknod');
  await app.runtime.selectOption({ label: 'CRI-O' });
  await expect(app.capshText).toContainText(
    'Bounding set =cap_chown,cap_dac_override,cap_fowner,cap_fsetid,cap_kill,cap_setgid,cap_setuid,cap_setpcap,cap_net_bind_service,cap_net_admin\n',
  );
  await expect(app.page.getByRole('columnheader', { name: 'Default on CRI-O' })).toBeVisible();
  await app.runtime.selectOption({ label: 'Docker' });
  await expect(app.capshText).toContainText('cap_mknod');
  await expect(app.runtime.getByRole('option')).toHaveText(['containerd', 'CRI-O', 'Docker']);
});

test('a runtime refusal is shown in the runtime’s own words', async ({ app }) => {
  await app.goto();
  await app.openText('odd.yaml', podAdding('NET_FOO'));
  await app.runtime.selectOption({ label: 'Docker' });
  await expect(app.capshRegion).toContainText('unknown capability: "CAP_NET_FOO"');
  await app.runtime.selectOption({ label: 'containerd' });
  await expect(app.capshText).toContainText('Bounding set =cap_chown');
});

function podAdding(name: string): string {
  return `apiVersion: v1
kind: Pod
metadata:
  name: odd
spec:
  containers:
    - name: c
      image: busybox
      securityContext:
        capabilities:
          add: [${name}]
`;
}
