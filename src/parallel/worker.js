// Entry of a normalise helper thread. The sources are TypeScript run through
// tsx's loader (as src/bin.js does): a worker thread registers it for itself.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
