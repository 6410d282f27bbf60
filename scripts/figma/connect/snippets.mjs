// What a rendered snippet says, as facts: `Button.variant = "danger"`, `toast().status =
// "success"`. Comparing the facts of two renderings of a template names the props a Figma
// property drives, for the checks and for the Design coverage page.
import ts from 'typescript';

/**
 * A snippet as the body of a function, so a JSX-only snippet and one with statements
 * (`const ids = useField(…)`, `toast(…)`) are both a valid module.
 * @param {string} code the snippet
 * @param {string} [prelude] lines before the function (imports, declarations)
 */
export function snippetModule(code, prelude = '') {
  return `${prelude}\nexport function Example() {\n${code}\n}\n`;
}

/** The line the snippet starts on in snippetModule(), for messages. */
export function snippetStartLine(prelude = '') {
  return prelude.split('\n').length + 1;
}

function calleeName(expression) {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) {
    const object = calleeName(expression.expression);
    return object && `${object}.${expression.name.text}`;
  }
  return undefined;
}

function objectFacts(object, prefix, add) {
  for (const property of object.properties) {
    if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) {
      const name = property.name.getText();
      const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
      if (ts.isObjectLiteralExpression(value)) objectFacts(value, `${prefix}.${name}`, add);
      else add(`${prefix}.${name}`, value.getText(), value);
    }
  }
}

/**
 * The facts of a parsed snippet module, in document order. Elements are keyed by tag and
 * occurrence (`Radio`, then `Radio#2`); attributes as `Tag.attr`, text children as
 * `Tag.children`, object arguments of calls as `call().prop`, the outermost tag as `<root>`.
 * @param {ts.SourceFile} sourceFile
 * @returns {{ facts: Map<string, { value: string, node: ts.Node }>, tags: Set<string>, calls: Set<string> }}
 */
export function collectFacts(sourceFile) {
  const facts = new Map();
  const tags = new Set();
  const calls = new Set();
  const seen = new Map();
  const keyOf = (name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}#${count}`;
  };
  const add = (key, value, node) => facts.set(key, { value, node });

  const visit = (node) => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
      const opening = ts.isJsxElement(node) ? node.openingElement : node;
      const tag = opening.tagName.getText();
      // The outermost element, so a variant that swaps the component itself (an icon's
      // name) shows too.
      if (tags.size === 0) add('<root>', tag, opening.tagName);
      tags.add(tag);
      const key = keyOf(tag);
      for (const attribute of opening.attributes.properties) {
        if (ts.isJsxAttribute(attribute)) {
          const initializer = attribute.initializer;
          add(
            `${key}.${attribute.name.getText()}`,
            initializer ? initializer.getText() : 'true',
            attribute,
          );
        } else {
          add(`${key}.{...}`, attribute.getText(), attribute);
        }
      }
      if (ts.isJsxElement(node)) {
        const text = node.children
          .filter((child) => ts.isJsxText(child) || ts.isJsxExpression(child))
          .map((child) => child.getText())
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) add(`${key}.children`, text, node);
      }
    } else if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      if (name) {
        calls.add(name);
        const key = keyOf(`${name}()`);
        node.arguments.forEach((argument, index) => {
          if (ts.isObjectLiteralExpression(argument)) objectFacts(argument, key, add);
          else add(`${key}[${index}]`, argument.getText(), argument);
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { facts, tags, calls };
}

/** collectFacts() of a snippet on its own, without a program. */
export function snippetFacts(code) {
  const sourceFile = ts.createSourceFile(
    'snippet.tsx',
    snippetModule(code),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  return collectFacts(sourceFile);
}

/** The keys whose values differ between two fact maps (a missing key counts). */
export function changedKeys(before, after) {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key)?.value !== after.get(key)?.value);
}
