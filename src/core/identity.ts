import type { NamedId } from './model.ts';

// Users and groups of a Debian 12 base image (RUNTIME-SEMANTICS Part 1): the image capsh runs in.
const USERS: ReadonlyMap<number, string> = new Map([
  [0, 'root'],
  [1, 'daemon'],
  [2, 'bin'],
  [3, 'sys'],
  [4, 'sync'],
  [5, 'games'],
  [6, 'man'],
  [7, 'lp'],
  [8, 'mail'],
  [9, 'news'],
  [10, 'uucp'],
  [13, 'proxy'],
  [33, 'www-data'],
  [34, 'backup'],
  [38, 'list'],
  [39, 'irc'],
  [42, '_apt'],
  [65534, 'nobody'],
]);

const GROUPS: ReadonlyMap<number, string> = new Map([
  [0, 'root'],
  [1, 'daemon'],
  [2, 'bin'],
  [3, 'sys'],
  [4, 'adm'],
  [5, 'tty'],
  [6, 'disk'],
  [7, 'lp'],
  [8, 'mail'],
  [9, 'news'],
  [10, 'uucp'],
  [12, 'man'],
  [13, 'proxy'],
  [15, 'kmem'],
  [20, 'dialout'],
  [21, 'fax'],
  [22, 'voice'],
  [24, 'cdrom'],
  [25, 'floppy'],
  [26, 'tape'],
  [27, 'sudo'],
  [29, 'audio'],
  [30, 'dip'],
  [33, 'www-data'],
  [34, 'backup'],
  [37, 'operator'],
  [38, 'list'],
  [39, 'irc'],
  [40, 'src'],
  [42, 'shadow'],
  [43, 'utmp'],
  [44, 'video'],
  [45, 'sasl'],
  [46, 'plugdev'],
  [50, 'staff'],
  [60, 'games'],
  [100, 'users'],
  [65534, 'nogroup'],
]);

// RUNTIME-SEMANTICS Part 1 takes each listed user's primary group to be the same number as its uid.
// (A stock Debian 12 passwd differs for sync, games, man and _apt; the design doc is the contract
// the fixtures follow, so we keep to it.)
const PRIMARY_GID: ReadonlyMap<number, number> = new Map(
  [...USERS.keys()].map((uid) => [uid, uid]),
);

/** A uid with its passwd name, `???` when the image has none (as capsh prints it). */
export function namedUser(uid: number): NamedId {
  return { id: uid, name: USERS.get(uid) ?? '???' };
}

/** A gid with its group name, `???` when the image has none. */
export function namedGroup(gid: number): NamedId {
  return { id: gid, name: GROUPS.get(gid) ?? '???' };
}

/** The primary gid of `uid` in the image's passwd, or 0 when the uid has no entry. */
export function primaryGid(uid: number): number {
  return PRIMARY_GID.get(uid) ?? 0;
}
