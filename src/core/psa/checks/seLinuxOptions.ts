import type { NodePath } from '../../model.ts';
import { fail, type PsaCheck } from '../checkDefinition.ts';
import { podContainers, podSecurityContext, record, text, type Data } from '../podData.ts';
import { containersPhrase, joinQuote, pluralize, sortedSet } from '../text.ts';

const TYPES_1_0 = ['', 'container_t', 'container_init_t', 'container_kvm_t'];
// container_engine_t lets a pod run a nested container engine under SELinux.
const TYPES_1_31 = [...TYPES_1_0, 'container_engine_t'];

function seLinuxCheck(allowedTypes: readonly string[]) {
  const allowed = new Set(allowedTypes);
  return (_metadata: Data, spec: Data) => {
    const badTypes: string[] = [];
    let setUser = false;
    let setRole = false;
    const valid = (options: Data): boolean => {
      let ok = true;
      const type = text(options['type']);
      if (!allowed.has(type)) {
        ok = false;
        badTypes.push(type);
      }
      if (text(options['user']) !== '') {
        ok = false;
        setUser = true;
      }
      if (text(options['role']) !== '') {
        ok = false;
        setRole = true;
      }
      return ok;
    };

    const setters: string[] = [];
    const paths: NodePath[] = [];
    const podOptions = record(podSecurityContext(spec)?.['seLinuxOptions']);
    if (podOptions && !valid(podOptions)) {
      setters.push('pod');
      paths.push(['securityContext', 'seLinuxOptions']);
    }
    const badContainers: string[] = [];
    for (const c of podContainers(spec)) {
      const options = record(record(c.data['securityContext'])?.['seLinuxOptions']);
      if (!options || valid(options)) continue;
      badContainers.push(c.name);
      paths.push([...c.path, 'securityContext', 'seLinuxOptions']);
    }
    if (badContainers.length > 0) setters.push(containersPhrase(badContainers));
    if (setters.length === 0) return undefined;

    const problems: string[] = [];
    const types = sortedSet(badTypes);
    if (types.length > 0) {
      problems.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
    }
    if (setUser) problems.push('user may not be set');
    if (setRole) problems.push('role may not be set');
    return fail(
      'seLinuxOptions',
      `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${problems.join('; ')}`,
      paths,
    );
  };
}

/** SELinux: only the container types, no custom user or role (baseline, 1.0+; wider in 1.31). */
export const seLinuxOptionsCheck: PsaCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  versions: [
    { minimumVersion: 0, checkPod: seLinuxCheck(TYPES_1_0) },
    { minimumVersion: 31, checkPod: seLinuxCheck(TYPES_1_31) },
  ],
};
