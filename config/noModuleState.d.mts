// The rule's type, for the TypeScript test that runs it alone (tests/unit/config/noModuleState.test.ts).
import type { Rule } from 'eslint';

export declare const noModuleState: Rule.RuleModule;
