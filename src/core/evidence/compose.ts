/**
 * Reads a Compose file's services into {@link DockerSpec}s (compose-spec/compose-spec:05-services.md:
 * cap_add, cap_drop, privileged, user, group_add, security_opt, command, entrypoint, image).
 */
import { parse as parseWords } from 'shell-quote';
import { parseDocument } from 'yaml';
import { asRecord, isRecord } from '../plain.ts';
import { type DockerSpec, ImportError } from './dockerSpec.ts';

/** Keys that decide the process's capabilities or identity, or the container itself. */
const READ_KEYS = new Set([
  'image',
  'cap_add',
  'cap_drop',
  'privileged',
  'user',
  'group_add',
  'security_opt',
  'command',
  'entrypoint',
  'container_name',
]);

/** Whether `text` is a Compose file (a YAML mapping with `services`, or Compose's other top keys). */
export function looksLikeCompose(text: string): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return false;
  const top = asRecord(doc.toJS());
  if (!top) return false;
  return ['services', 'version', 'name', 'volumes', 'networks', 'x-'].some((k) =>
    Object.keys(top).some((key) => key === k || (k === 'x-' && key.startsWith('x-'))),
  );
}

function scalarList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .map((v) => String(v).trim());
}

// Compose takes `command` as a list, or as a string it splits like a shell (no shell runs it).
function commandWords(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(String);
  return parseWords(String(value)).map((w) =>
    typeof w === 'string' ? w : 'op' in w && w.op === 'glob' ? w.pattern : 'op' in w ? w.op : '',
  );
}

/** Every service of a Compose file, in file order. Throws ImportError when there is none. */
export function readCompose(text: string): DockerSpec[] {
  const doc = parseDocument(text);
  const first = doc.errors[0];
  if (first) throw new ImportError(`Compose file: ${first.message.split('\n')[0]!}`);
  const services = asRecord(asRecord(doc.toJS())?.services);
  const names = services ? Object.keys(services) : [];
  if (!services || names.length === 0) {
    throw new ImportError('Compose file has no services (expected a services: mapping)');
  }
  return names.map((name) => {
    const where = `service ${name}`;
    const service = services[name];
    if (!isRecord(service)) throw new ImportError(`${where}: not a mapping`);
    const image = service.image;
    const ignored = Object.keys(service)
      .filter((k) => !READ_KEYS.has(k))
      .map((k) => `${k}:`);
    if (typeof image !== 'string' || image === '') {
      throw new ImportError(
        `${where}: no image (a service built from source needs image: to name what it runs)`,
      );
    }
    if (typeof service.container_name === 'string') {
      ignored.push(
        `container_name: ${service.container_name} (the Deployment is named after the service)`,
      );
    }
    const user = service.user;
    return {
      engine: 'docker',
      source: 'compose',
      where,
      name,
      image,
      entrypoint: commandWords(service.entrypoint),
      args: commandWords(service.command),
      capAdd: scalarList(service.cap_add),
      capDrop: scalarList(service.cap_drop),
      privileged: service.privileged === true || service.privileged === 'true',
      user: typeof user === 'string' || typeof user === 'number' ? String(user) : undefined,
      groupAdd: scalarList(service.group_add),
      securityOpt: scalarList(service.security_opt),
      ignored,
      original: `services.${name}`,
    } satisfies DockerSpec;
  });
}
