import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WARNING_CODES } from '../../core/inspect/warning.ts';
import { PSA_CHECKS } from '../../core/psa/registry.ts';
import { CHECK_RULE_IDS, checkRule, warningRule } from './reportRules.ts';

const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('SARIF rules', () => {
  it('are written for every Pod Security check, and the README lists each ID', () => {
    expect([...CHECK_RULE_IDS].sort()).toEqual(PSA_CHECKS.map((c) => c.id).sort());
    for (const id of CHECK_RULE_IDS) expect(readme).toContain(`\`${id}\``);
  });

  it('have a severity GitHub can map, and help for every warning code', () => {
    for (const rule of [...CHECK_RULE_IDS.map(checkRule), ...WARNING_CODES.map(warningRule)]) {
      expect(rule.securitySeverity).toBeGreaterThan(0);
      expect(rule.securitySeverity).toBeLessThanOrEqual(10);
      expect(rule.help.length).toBeGreaterThan(10);
      expect(rule.short).not.toBe(rule.id);
    }
  });
});
