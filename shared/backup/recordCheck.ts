// A quick yes for the records a backup's own schemas would take as they are. Running zod over
// each of a 165k-record file's rows was most of a restore's validation (npm run bench): here
// each table's schema is walked once into plain checks that run zod's own refinements and
// bounds on the row, without zod's result objects. It only ever says "valid and unchanged":
// any row it is not sure of (a problem, a trimmed text, a default to fill in, a shape it
// does not know) goes to the schema, so what is refused, and every message, is the schema's.
import type { z } from 'zod';

/** True only when the schema would accept the value and give it back equal, field for field. */
export type RecordCheck = (value: unknown) => boolean;

interface Node {
  readonly check: RecordCheck;
  /** The schema gives back what it accepts as it is, so a no here is a no from the schema too. */
  readonly isExact: boolean;
}

type Schema = z.core.$ZodType;
type Check = z.core.$ZodCheck;

export interface CompileOptions {
  /**
   * Schemas whose answer depends on the value alone (a zone name, a day), remembered per value
   * for the life of the compiled check: a file names the same few zones and days thousands of times.
   */
  readonly remembered?: ReadonlySet<Schema>;
}

/** Never sure: every row goes to the schema. */
const NEVER: Node = { check: () => false, isExact: false };

/**
 * The schema's checks (a format such as int() is its own check, first), each run as zod runs it:
 * true when none adds an issue or changes the value (trim, toUpperCase).
 */
function runsClean(schema: Schema): ((value: unknown) => boolean) | undefined {
  const checks: Check[] = [...((schema._zod.def.checks ?? []) as Check[])];
  if (schema._zod.traits.has('$ZodCheck')) checks.unshift(schema as unknown as Check);
  if (checks.length === 0) return undefined;
  // One payload for every call: a check only reads the value and adds issues, and nothing keeps either.
  const payload = { value: undefined as unknown, issues: [] as unknown[] };
  return (value) => {
    payload.value = value;
    payload.issues.length = 0;
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when && !when(payload as never)) continue;
      if (check._zod.check(payload as never) instanceof Promise) return false;
      if (payload.issues.length > 0 || payload.value !== value) return false;
    }
    return true;
  };
}

/** A leaf type test, then its checks; the answer remembered per value when asked to. */
function leaf(schema: Schema, isType: (value: unknown) => boolean, options: CompileOptions, hasOverwrite: boolean): Node {
  const clean = runsClean(schema);
  const check: RecordCheck = clean ? (value) => isType(value) && clean(value) : isType;
  if (!options.remembered?.has(schema)) return { check, isExact: !hasOverwrite };
  const answers = new Map<unknown, boolean>();
  return {
    check: (value) => {
      const known = answers.get(value);
      if (known !== undefined) return known;
      const answer = check(value);
      answers.set(value, answer);
      return answer;
    },
    isExact: !hasOverwrite,
  };
}

const hasOverwriteCheck = (schema: Schema) => ((schema._zod.def.checks ?? []) as Check[]).some((c) => c._zod.def.check === 'overwrite');

function objectNode(schema: Schema, options: CompileOptions): Node {
  const def = schema._zod.def as z.core.$ZodObjectDef;
  // A catch-all keeps or checks keys the shape does not name: left to the schema.
  if (def.catchall !== undefined) return NEVER;
  const fields = Object.entries(def.shape).map(([key, field]) => {
    const type = field._zod.def.type;
    // An optional field may be absent; a defaulted one absent would be filled in (not unchanged).
    return { key, isOptional: type === 'optional', node: compileNode(field, options) };
  });
  const known = new Set(fields.map((f) => f.key));
  const clean = runsClean(schema);
  const check: RecordCheck = (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const row = value as Record<string, unknown>;
    // A key the shape does not name would be dropped from the result.
    for (const key in row) if (!known.has(key)) return false;
    for (const { key, isOptional, node } of fields) {
      const field = row[key];
      if (field === undefined) {
        if (!isOptional || key in row) return false;
      } else if (!node.check(field)) return false;
    }
    return clean === undefined || clean(value);
  };
  // Never exact: the schema drops unknown keys rather than refusing them.
  return { check, isExact: false };
}

/** zod takes the first option that parses: a later option's yes counts only when every earlier one surely says no. */
function unionNode(schema: Schema, options: CompileOptions): Node {
  const def = schema._zod.def as z.core.$ZodUnionDef;
  if ((schema._zod.def.checks ?? []).length > 0) return NEVER;
  const nodes = def.options.map((option) => compileNode(option, options));
  return {
    check: (value) => {
      for (const node of nodes) {
        if (node.check(value)) return true;
        if (!node.isExact) return false;
      }
      return false;
    },
    isExact: nodes.every((n) => n.isExact),
  };
}

function arrayNode(schema: Schema, options: CompileOptions): Node {
  const element = compileNode((schema._zod.def as z.core.$ZodArrayDef).element, options);
  const clean = runsClean(schema);
  return {
    check: (value) => Array.isArray(value) && value.every((item) => element.check(item)) && (clean === undefined || clean(value)),
    isExact: element.isExact,
  };
}

function compileNode(schema: Schema, options: CompileOptions): Node {
  const def = schema._zod.def as z.core.$ZodTypeDef & { readonly coerce?: boolean };
  if (def.coerce) return NEVER;
  switch (def.type) {
    case 'string':
      return leaf(schema, (v) => typeof v === 'string', options, hasOverwriteCheck(schema));
    case 'number':
      return leaf(schema, (v) => typeof v === 'number' && Number.isFinite(v), options, hasOverwriteCheck(schema));
    case 'boolean':
      return leaf(schema, (v) => typeof v === 'boolean', options, hasOverwriteCheck(schema));
    case 'enum': {
      const values = new Set(Object.values((def as z.core.$ZodEnumDef).entries));
      return leaf(schema, (v) => values.has(v as string), options, hasOverwriteCheck(schema));
    }
    case 'literal': {
      const values = new Set((def as z.core.$ZodLiteralDef<z.core.util.Literal>).values);
      return leaf(schema, (v) => values.has(v as z.core.util.Literal), options, hasOverwriteCheck(schema));
    }
    case 'object':
      return objectNode(schema, options);
    case 'array':
      return arrayNode(schema, options);
    case 'union':
      return unionNode(schema, options);
    case 'optional': {
      if ((def.checks ?? []).length > 0) return NEVER;
      const inner = compileNode((def as z.core.$ZodOptionalDef).innerType, options);
      return { check: (value) => value === undefined || inner.check(value), isExact: inner.isExact };
    }
    case 'default': {
      if ((def.checks ?? []).length > 0) return NEVER;
      // A missing value would be filled in: only a present one can come back unchanged.
      const inner = compileNode((def as z.core.$ZodDefaultDef).innerType, options);
      return { check: (value) => value !== undefined && inner.check(value), isExact: false };
    }
    default:
      // Intersections, transforms, pipes and the rest: left to the schema.
      return NEVER;
  }
}

/** The quick check of `schema`: a yes means the schema accepts the value and returns it unchanged. */
export function compileRecordCheck(schema: Schema, options: CompileOptions = {}): RecordCheck {
  return compileNode(schema, options).check;
}
