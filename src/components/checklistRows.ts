import { CAPABILITIES } from '../core/capabilityCatalog.ts';
import type { CapabilityInfo, RiskLevel } from '../core/model.ts';
import type { ChecklistOrder } from '../store/preferencesSlice.ts';

export const ORDER_LABELS: Readonly<Record<ChecklistOrder, string>> = {
  number: 'Number',
  risk: 'Risk, highest first',
  name: 'Name',
};

const RISK_RANK: Readonly<Record<RiskLevel, number>> = {
  critical: 0,
  high: 1,
  medium: 2,
  low: 3,
};

export const RISK_LABELS: Readonly<Record<RiskLevel, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

function haystack(cap: CapabilityInfo): string {
  return `${cap.name} ${cap.capName} cap_${cap.number} ${cap.number} ${cap.summary} ${cap.risk}`.toLowerCase();
}

/**
 * The capabilities matching every word of `query` (in the name, the libcap name, the number, the
 * summary or the risk), in the chosen order. Words, not a phrase: "net admin" finds NET_ADMIN.
 */
export function checklistRows(query: string, order: ChecklistOrder): CapabilityInfo[] {
  // Split on spaces only: `cap_sys_time` must stay one word, or it would also find SYS_NICE.
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const rows = CAPABILITIES.filter((cap) => {
    const text = haystack(cap);
    return words.every((w) => text.includes(w));
  });
  if (order === 'risk') {
    rows.sort((a, b) => RISK_RANK[a.risk] - RISK_RANK[b.risk] || a.number - b.number);
  } else if (order === 'name') {
    rows.sort((a, b) => a.name.localeCompare(b.name));
  }
  return rows;
}
