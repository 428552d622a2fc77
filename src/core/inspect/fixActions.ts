import type { CapabilityFix } from './warning.ts';
import type { ContainerAction } from '../manifest/editCapabilities.ts';
import type { CapabilityRequest } from '../runtimes/profile.ts';

/**
 * The form actions that carry out `fix` on the container whose add/drop lists are `request`, as
 * written. Applied together they are one text change, so one undo step in the editor.
 */
export function fixActions(fix: CapabilityFix, request: CapabilityRequest): ContainerAction[] {
  switch (fix.kind) {
    case 'replace-capability':
      return [{ type: 'replace-capability', list: fix.list, from: fix.from, to: fix.to }];
    case 'remove-capability':
      return [{ type: 'replace-capability', list: fix.list, from: fix.name, to: null }];
    case 'add-capability':
      return [{ type: 'set-capability', list: fix.list, name: fix.name, present: true }];
    case 'remove-capabilities':
      // Emptied lists take `capabilities` (and an emptied securityContext) with them.
      return (['add', 'drop'] as const).flatMap((list) =>
        [...new Set(request[list])].map((name): ContainerAction => ({
          type: 'replace-capability',
          list,
          from: name,
          to: null,
        })),
      );
  }
}

/** The fix button's accessible name: the edit it makes, in words. */
export function fixLabel(fix: CapabilityFix): string {
  switch (fix.kind) {
    case 'replace-capability':
      return `Fix: replace ${fix.from} with ${fix.to}${fix.list === 'drop' ? ' in drop' : ''}`;
    case 'remove-capability':
      return `Fix: remove ${fix.name} from ${fix.list}`;
    case 'add-capability':
      return `Fix: add ${fix.name} to ${fix.list}`;
    case 'remove-capabilities':
      return 'Fix: remove securityContext.capabilities';
  }
}
