// Commit messages are Conventional Commits (CONTRIBUTING.md): semantic-release reads the type
// to decide the next version, so a malformed message must never reach a release branch.
// Checked by the husky commit-msg hook and, in CI, by scripts/release/check-commits.mjs.
export default {
  extends: ['@commitlint/config-conventional'],
  rules: {
    // Bodies and footers here are prose paragraphs, one line each, wrapped by whatever shows
    // them (the project's history is written so). Their line length decides no release; the
    // header, type, scope and BREAKING CHANGE footer, which do, keep every preset rule.
    'body-max-line-length': [0],
    'footer-max-line-length': [0],
  },
};
