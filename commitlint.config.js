// Commit messages are Conventional Commits (CONTRIBUTING.md): semantic-release reads the type
// to decide the next version, so a malformed message must never reach a release branch.
// Checked by the husky commit-msg hook and, in CI, by scripts/release/check-commits.mjs.

/**
 * One scope, a lowercase kebab-case word (`overlay`, `data-table`). The preset accepts
 * `test(menu,select): …`, but the release tooling downstream reads a scope as one word and
 * rejects that header, so such a commit could not land: name the common part instead.
 */
const singleScope = ({ scope }) => [
  !scope || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(scope),
  `scope must be one lowercase kebab-case word (like "overlay" or "data-table"), not "${scope}"`,
];

export default {
  extends: ['@commitlint/config-conventional'],
  plugins: [{ rules: { 'scope-single': singleScope } }],
  rules: {
    // Bodies and footers here are prose paragraphs, one line each, wrapped by whatever shows
    // them (the project's history is written so). Their line length decides no release; the
    // header, type, scope and BREAKING CHANGE footer, which do, keep every preset rule.
    'body-max-line-length': [0],
    'footer-max-line-length': [0],
    'scope-single': [2, 'always'],
  },
};
