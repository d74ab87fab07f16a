// An ESLint rule for shared/: no state at module level. A module there is pure domain code;
// a cache or counter kept between calls makes its answers depend on what ran before and
// makes tests reset it (the expansion cache was such a thing: now an object its owner
// passes in, see shared/recurrence.ts). Reported: a module-level `let` or `var`, and any
// change made to a module-level binding's object (imports included): a mutating method
// call (`.set`, `.push`, ...), an assignment or `delete` through it, or Object.assign onto
// it. Constants built once at import and only read afterwards pass.

const MUTATING_METHODS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** The outermost member expression `node.a.b...` starts, or `node` itself. */
function outermostMember(node) {
  let current = node;
  while (current.parent?.type === 'MemberExpression' && current.parent.object === current) current = current.parent;
  return current;
}

const TYPE_WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion']);

/** The node a type assertion around `node` (`x as T`, `x!`) stands in for, or `node` itself. */
function unwrapped(node) {
  let current = node;
  while (TYPE_WRAPPERS.has(current.parent?.type) && current.parent.expression === current) current = current.parent;
  return current;
}

/** How this read of a module-level binding changes its object, or undefined when it only reads it. */
function mutationBy(reference) {
  const identifier = unwrapped(reference);
  const parent = identifier.parent;
  if (parent?.type === 'CallExpression' && parent.arguments[0] === identifier) {
    const callee = parent.callee;
    const isAssign = callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'Object' && callee.property.type === 'Identifier' && ['assign', 'defineProperty', 'setPrototypeOf'].includes(callee.property.name);
    return isAssign ? `Object.${callee.property.name}` : undefined;
  }
  if (parent?.type !== 'MemberExpression' || parent.object !== identifier) return undefined;
  const isCall = parent.parent?.type === 'CallExpression' && parent.parent.callee === parent;
  if (isCall && !parent.computed && parent.property.type === 'Identifier' && MUTATING_METHODS.has(parent.property.name)) return `.${parent.property.name}()`;
  const member = unwrapped(outermostMember(identifier));
  const user = member.parent;
  if (user?.type === 'AssignmentExpression' && user.left === member) return 'an assignment';
  if (user?.type === 'UpdateExpression' && user.argument === member) return `${user.operator}`;
  if (user?.type === 'UnaryExpression' && user.operator === 'delete' && user.argument === member) return 'delete';
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noModuleState = {
  meta: {
    type: 'problem',
    docs: { description: 'shared/ keeps no state at module level: a cache or counter is an object its owner creates and passes in.' },
    schema: [],
    messages: {
      variable: 'Module-level `{{kind}} {{name}}` in shared/: state kept between calls. Make it an object the caller creates and passes in (see createExpansionCache).',
      mutation: 'Module-level `{{name}}` is changed here ({{how}}): shared/ keeps no state between calls. Make it an object the caller creates and passes in (see createExpansionCache).',
    },
  },
  create(context) {
    return {
      'Program:exit'(program) {
        const global = context.sourceCode.getScope(program);
        const moduleScope = global.childScopes.find((scope) => scope.type === 'module') ?? global;
        for (const variable of moduleScope.variables) {
          for (const def of variable.defs) {
            if (def.type === 'Variable' && def.parent.kind !== 'const') context.report({ node: def.name, messageId: 'variable', data: { kind: def.parent.kind, name: variable.name } });
          }
          for (const reference of variable.references) {
            const how = mutationBy(reference.identifier);
            if (how) context.report({ node: reference.identifier, messageId: 'mutation', data: { name: variable.name, how } });
          }
        }
      },
    };
  },
};
