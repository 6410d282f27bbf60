import { vi } from 'vitest';
import { openOverlayCount, topModal } from '../molecules/overlay';
import { toastStore } from '../molecules/Toast/toastStore';
import { tooltipGroup } from '../molecules/Tooltip/tooltipGroup';

/*
 * The unit tests run without per-file isolation (vite.config.ts): every test file in a worker
 * shares one jsdom window and one copy of each module. A file that leaves something behind
 * changes the next file's world, and that file fails for a reason it cannot see. So the
 * shared setup (setup.unit.ts) takes a picture of the shared world before each file and
 * compares it after: anything the file changed and did not undo fails that file, by name.
 * What can be put back (a global, a prototype member, fake timers) is put back too, so the
 * files after it still start clean.
 */

type Descriptors = Map<PropertyKey, PropertyDescriptor>;

interface World {
  /** Own property descriptors of `globalThis` and of every DOM interface's prototype. */
  objects: Map<object, Descriptors>;
  htmlAttributes: string;
  head: Node[];
}

/** `window` and the prototypes of its interfaces (HTMLElement.prototype, CSS, …). */
function sharedObjects(): Map<string, object> {
  const objects = new Map<string, object>([['globalThis', globalThis]]);
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (!/^[A-Z]/.test(name)) continue;
    // jsdom's interfaces reach Node's globalThis as getters: read them, not their descriptor.
    const value = (globalThis as Record<string, unknown>)[name];
    if (typeof value === 'function' && value.prototype && typeof value.prototype === 'object') {
      objects.set(`${name}.prototype`, value.prototype as object);
    }
  }
  return objects;
}

function descriptorsOf(object: object): Descriptors {
  const descriptors: Descriptors = new Map();
  for (const key of Reflect.ownKeys(object)) {
    const descriptor = Reflect.getOwnPropertyDescriptor(object, key);
    if (descriptor) descriptors.set(key, descriptor);
  }
  return descriptors;
}

/** `<html>`'s attributes; an emptied `style` (a scroll lock undone) counts as none. */
const htmlAttributes = () =>
  Array.from(document.documentElement.attributes)
    .filter((attribute) => attribute.name !== 'style' || attribute.value !== '')
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .join(' ');

/**
 * Globals that change by themselves: Vitest's and the libraries' own bookkeeping, and
 * jsdom's lazily made members. None is test state.
 */
const NOISE = /^(__vitest|__VITEST|IS_REACT_ACT_ENVIRONMENT$|\$RefreshReg\$|\$RefreshSig\$)/;

/**
 * user-event wraps `HTMLElement.prototype.focus` and `blur` once per window, on its first
 * `setup()`, marking the prototype with a symbol so it never wraps twice: the toolkit
 * installing itself, not a test's change.
 */
const isUserEventPatch = (owner: string, key: PropertyKey, object: object) =>
  owner === 'HTMLElement.prototype' &&
  (key === 'focus' ||
    key === 'blur' ||
    (typeof key === 'symbol' && key.description === 'patched focus/blur methods')) &&
  Object.getOwnPropertySymbols(object).some(
    (symbol) => symbol.description === 'patched focus/blur methods',
  );

/** The shared world as a file starts. */
export function snapshotWorld(): World {
  const objects = new Map<object, Descriptors>();
  for (const object of sharedObjects().values()) objects.set(object, descriptorsOf(object));
  return { objects, htmlAttributes: htmlAttributes(), head: [...document.head.childNodes] };
}

const same = (a: PropertyDescriptor, b: PropertyDescriptor) =>
  Object.is(a.value, b.value) && a.get === b.get && a.set === b.set;

/**
 * What the file left behind, compared with `before`; members it added or replaced on a
 * global or a prototype are put back as they were. Returns one line per leak.
 */
export function findLeaks(before: World): string[] {
  const leaks: string[] = [];
  const names = new Map([...sharedObjects()].map(([name, object]) => [object, name]));

  // Fake timers would run the next file's timeouts on a clock nobody advances.
  if (vi.isFakeTimers()) {
    leaks.push('fake timers are still installed: call vi.useRealTimers() in afterEach');
    vi.useRealTimers();
  }

  for (const [object, descriptors] of before.objects) {
    const owner = names.get(object) ?? 'an object';
    const now = descriptorsOf(object);
    for (const [key, descriptor] of now) {
      if (owner === 'globalThis' && typeof key === 'string' && NOISE.test(key)) continue;
      if (isUserEventPatch(owner, key, object)) continue;
      const was = descriptors.get(key);
      if (was && same(was, descriptor)) continue;
      // A member jsdom or Vitest defines on first use is not a leak; one a test set is.
      if (!was && owner === 'globalThis' && !descriptor.configurable) continue;
      leaks.push(`${owner}.${String(key)} was ${was ? 'replaced' : 'added'} and not restored`);
      if (was) Reflect.defineProperty(object, key, was);
      else Reflect.deleteProperty(object, key);
    }
    for (const [key, was] of descriptors) {
      if (now.has(key)) continue;
      leaks.push(`${owner}.${String(key)} was deleted and not restored`);
      Reflect.defineProperty(object, key, was);
    }
  }

  const html = document.documentElement;
  if (htmlAttributes() !== before.htmlAttributes) {
    leaks.push(
      `<html> attributes changed: was [${before.htmlAttributes}], now [${htmlAttributes()}]`,
    );
    for (const { name } of Array.from(html.attributes)) html.removeAttribute(name);
    for (const [, name, value] of before.htmlAttributes.matchAll(/([^\s=]+)="([^"]*)"/g)) {
      html.setAttribute(name!, value!);
    }
  }
  const added = [...document.head.childNodes].filter((node) => !before.head.includes(node));
  if (added.length > 0) {
    const first = added[0] as Element;
    leaks.push(
      `<head> gained ${added.length} node(s), e.g. ${first.outerHTML?.slice(0, 120) ?? first.nodeName}: remove them in afterAll`,
    );
    for (const node of added) node.parentNode?.removeChild(node);
  }
  if (document.body.childNodes.length > 0) {
    const first = document.body.firstElementChild?.outerHTML.slice(0, 120);
    leaks.push(
      `<body> still holds ${document.body.childNodes.length} node(s), e.g. ${first ?? document.body.firstChild?.nodeName}: unmount every root you render and remove what you append`,
    );
    document.body.replaceChildren();
  }
  if (localStorage.length > 0 || sessionStorage.length > 0) {
    leaks.push('localStorage or sessionStorage still holds items: clear them in afterEach');
    localStorage.clear();
    sessionStorage.clear();
  }

  // The library's page-wide state: each of these is non-empty only while a component that
  // owns it is still mounted, so a root was left mounted (render() without cleanup, a
  // hydrateRoot or createRoot never unmounted).
  if (openOverlayCount() > 0) {
    leaks.push(
      `${openOverlayCount()} overlay(s) still on the overlay stack: a root is still mounted`,
    );
  }
  if (topModal()) leaks.push('a modal is still on the modal stack: a root is still mounted');
  if (toastStore.getSnapshot().length > 0) {
    leaks.push(
      `${toastStore.getSnapshot().length} toast(s) still in the store: call toast.dismiss()`,
    );
  }
  if (tooltipGroup.close) leaks.push('a tooltip is still shown: a root is still mounted');
  return leaks;
}
