// Which unit suites read the machine's time zone. A test whose run never asks the machine
// for its zone, nor for anything computed in it, runs the same steps to the same answers
// under every TZ: the machine zone can only change a run from the first call that reads it.
// So the second zone's run (config/testZones.ts) may leave out a suite whose first-zone run
// made no such call, and this probe, which tests/unit/setup.ts turns on for those suites'
// first-zone runs (and for every suite when asked to list them), watches for them:
//   - Date's local-time methods: get/set of the year, month, day, hours, minutes and seconds,
//     getDay, getTimezoneOffset, getYear, and toString, toDateString and toTimeString
//     (String(date) and `${date}` go through toString); not the milliseconds, which no
//     zone's offset (whole seconds) changes;
//   - toLocaleString, toLocaleDateString and toLocaleTimeString without a timeZone option,
//     and an Intl.DateTimeFormat made without one (date-fns reads the local methods);
//   - Date.parse, and new Date or Date() given local fields or a local date-time text
//     (a date-time without Z or an offset, or any text other than ISO-8601).
// A construction under vitest's fake timers goes through the Date they captured before this
// probe, and is not seen: app code never builds a Date from local fields (lint), and every
// such suite reads the date it built through one of the methods above.

/** What the probe saw since it was last reset: how many reads, and where the first one was. */
export interface MachineZoneReads {
  count: number;
  first: string | undefined;
}

/** One per worker: its count, and a switch that puts the watching versions in place or the natives back. */
export interface MachineZoneProbe {
  readonly reads: MachineZoneReads;
  /** On: Date, its methods and Intl.DateTimeFormat count reads. Off: Date and Intl.DateTimeFormat are the natives again, and the methods count nothing. */
  watch(on: boolean): void;
}

const LOCAL_METHODS = [
  'getFullYear',
  'getMonth',
  'getDate',
  'getDay',
  'getHours',
  'getMinutes',
  'getSeconds',
  'getTimezoneOffset',
  'getYear',
  'setFullYear',
  'setMonth',
  'setDate',
  'setHours',
  'setMinutes',
  'setSeconds',
  'setYear',
  'toString',
  'toDateString',
  'toTimeString',
] as const;

const LOCALE_METHODS = ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString'] as const;

/** A date-time with Z or an offset, or a date-only ISO form (read as UTC): texts no zone changes. */
const ZONE_FREE_TEXT = /(?:Z|[+-]\d{2}:\d{2})$|^(?:[+-]\d{6}|\d{4})(?:-\d{2}(?:-\d{2})?)?$/i;

const nativeParse = Date.parse;

/** True when a Date built from these arguments (or Date.parse of the first) would depend on the machine zone. */
export function readsMachineZone(args: readonly unknown[], parse: (text: string) => number = nativeParse): boolean {
  if (args.length > 1) return true;
  if (args.length === 0 || typeof args[0] !== 'string') return false;
  // A text no Date reads (an empty one, say) is NaN in every zone.
  const text = args[0].trim();
  return !ZONE_FREE_TEXT.test(text) && !Number.isNaN(parse(text));
}

const hasTimeZone = (options: unknown) => typeof options === 'object' && options !== null && (options as { timeZone?: unknown }).timeZone !== undefined;

const PROBE = Symbol.for('steward.machineZoneProbe');

/** The worker's probe, made on first use (setup files run again for every suite), off until watched. */
export function machineZoneProbe(): MachineZoneProbe {
  const global = globalThis as typeof globalThis & { [PROBE]?: MachineZoneProbe };
  const made = global[PROBE];
  if (made) return made;
  const reads: MachineZoneReads = { count: 0, first: undefined };
  let isOn = false;
  const read = (api: string) => {
    reads.count += 1;
    if (reads.first === undefined) reads.first = `${api}\n${(new Error().stack ?? '').split('\n').slice(3, 12).join('\n')}`;
  };

  // Date's methods and Date.parse are wrapped once, the first time the probe is turned on, and
  // count only while it is on: redefining Date.prototype's methods at every suite made every
  // later use of Date slower (the time-travel suites by a third).
  let wrapped = false;
  const wrapDate = () => {
    wrapped = true;
    const proto = Date.prototype as unknown as Record<string, (this: Date, ...args: unknown[]) => unknown>;
    for (const name of LOCAL_METHODS) {
      const original = proto[name]!;
      proto[name] = function (this: Date, ...args: unknown[]) {
        if (isOn) read(`Date.prototype.${name}`);
        return original.apply(this, args);
      };
    }
    for (const name of LOCALE_METHODS) {
      const original = proto[name]!;
      proto[name] = function (this: Date, ...args: unknown[]) {
        if (isOn && !hasTimeZone(args[1])) read(`Date.prototype.${name} without a timeZone`);
        return original.apply(this, args);
      };
    }
    // In place, so the fake timers' Date (a subclass of the native one) has it too.
    Date.parse = (text: string) => {
      if (isOn && readsMachineZone([text], nativeParse)) read('Date.parse of a local or non-ISO text');
      return nativeParse(text);
    };
  };

  // Date and Intl.DateTimeFormat themselves are swapped: the natives while off, at no cost.
  const NativeDate = Date;
  const WatchingDate = new Proxy(NativeDate, {
    construct(target, args, newTarget) {
      if (readsMachineZone(args, nativeParse)) read('new Date from local fields or text');
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      read('Date() as a function');
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  const NativeFormat = Intl.DateTimeFormat;
  const WatchingFormat = new Proxy(NativeFormat, {
    construct(target, args, newTarget) {
      if (!hasTimeZone(args[1])) read('Intl.DateTimeFormat without a timeZone');
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      if (!hasTimeZone(args[1])) read('Intl.DateTimeFormat without a timeZone');
      return Reflect.apply(target, self, args) as unknown;
    },
  });

  const probe: MachineZoneProbe = {
    reads,
    watch(on) {
      if (on && !wrapped) wrapDate();
      isOn = on;
      globalThis.Date = on ? WatchingDate : NativeDate;
      Intl.DateTimeFormat = on ? WatchingFormat : NativeFormat;
    },
  };
  global[PROBE] = probe;
  return probe;
}
