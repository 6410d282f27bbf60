import { devError } from './dev';

/**
 * Reports each prop given a value outside its union (`size="huge"`, `variant="dangr"`,
 * `placement="below"`): no style or behaviour matches it, so the component quietly looks or
 * acts as if the prop were something else. TypeScript catches it at build time; this is for
 * the rest (plain JavaScript, values read from data or a CMS, an `as any`). Each entry is the
 * prop's value and its allowed values; `undefined` and `null` mean "not given". Call it
 * behind an inline NODE_ENV check, so production bundles drop it and the lists it names (see
 * toastStore.ts).
 */
export function reportUnknownValues(
  component: string,
  props: Record<string, readonly [value: unknown, allowed: readonly unknown[]]>,
): void {
  for (const [prop, [value, allowed]] of Object.entries(props)) {
    if (value == null || allowed.includes(value)) continue;
    const list = allowed.map((item) => JSON.stringify(item)).join(', ');
    devError(component, `\`${prop}\` is ${JSON.stringify(value)}, which is not one of ${list}.`);
  }
}
