// Entry of a render worker thread (see worker.js: tsx's loader, registered per thread).
import { register } from 'tsx/esm/api'

register()
await import('./render-worker.ts')
