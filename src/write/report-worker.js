// Entry of the report thread (tsx's loader, registered per thread as in src/bin.js).
import { register } from 'tsx/esm/api'

register()
await import('./report-worker.ts')
