// `prepublishOnly` guard: refuses to publish when dist/ is missing a file that package.json
// `exports` promises (no build, or a stale one). The release workflow builds right before
// semantic-release publishes; this catches a publish from anywhere else.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectedExports, exportTargets, root } from './entries.mjs';
import { exportsDrift, SYNC_HINT } from './exports-sync.mjs';

const drift = exportsDrift();
const missing = exportTargets(expectedExports()).filter((file) => !existsSync(join(root, file)));
if (drift.length > 0) console.error(`publish: package.json exports are stale; ${SYNC_HINT}`);
if (missing.length > 0) console.error(`publish: missing ${missing.join(', ')}; run npm run build`);
if (drift.length > 0 || missing.length > 0) process.exit(1);
