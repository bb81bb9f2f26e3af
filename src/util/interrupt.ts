/**
 * Ctrl-C (SIGINT), SIGTERM and SIGHUP while a build holds something it must
 * put back: the output folder's lock and its staging folder (which may be
 * the recycled spare site, worth keeping). Without this, Node dies at once
 * and leaves both for the next build to clean up (it does: the lock's owner
 * is dead, a `.staging-PID` folder is removed), and a recycled spare site is
 * lost with the staging folder.
 *
 * Code with something to put back registers an undo (`undoOnInterrupt`).
 * The signals are listened to only while an undo is registered and the
 * command asked for it (`handleInterrupts`, the CLI): at any other time a
 * signal stops Node at once, as it does by default. (A handler runs only
 * when the event loop turns: the analysis is one long synchronous run, and
 * with a listener, Ctrl-C would wait for its end.) Render lets the loop turn
 * every few pages (`breathe`), so Ctrl-C is heard within a few milliseconds.
 *
 * On the first signal every undo runs, then the command's `stop`. A second
 * signal stops at once.
 */

type Undo = () => Promise<void>

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
type Signal = (typeof SIGNALS)[number]

const undos = new Set<Undo>()
let stop: ((signal: Signal, undone: boolean) => void) | null = null
let listening = false
let interrupted = false

/** Register `undo`, run if the build is interrupted; the function returned unregisters it. */
export function undoOnInterrupt(undo: Undo): () => void {
  undos.add(undo)
  listen()
  return () => {
    undos.delete(undo)
    listen()
  }
}

/**
 * The command listens (the CLI): on a signal, the undos run, then `then`
 * (which says so and exits; `undone` false when a second signal came first
 * or an undo failed).
 */
export function handleInterrupts(then: (signal: Signal, undone: boolean) => void): void {
  stop = then
  listen()
}

/** A signal came: the build is being undone (the CLI says nothing of the errors this causes). */
export function isInterrupted(): boolean {
  return interrupted
}

/**
 * Let the event loop turn (a signal's handler may run). Resolves at once
 * after it, and never once the build is interrupted: the caller stops where
 * it is while the undos run.
 */
export function breathe(): Promise<void> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (!interrupted) resolve()
    })
  })
}

function listen(): void {
  const wanted = stop !== null && (undos.size > 0 || interrupted)
  if (wanted === listening) return
  listening = wanted
  for (const signal of SIGNALS) {
    if (wanted) process.on(signal, onSignal)
    else process.off(signal, onSignal)
  }
}

function onSignal(signal: Signal): void {
  if (interrupted) {
    stop?.(signal, false)
    return
  }
  interrupted = true
  const pending = [...undos]
  undos.clear()
  void Promise.allSettled(pending.map((undo) => undo())).then((results) => {
    stop?.(signal, results.every((result) => result.status === 'fulfilled'))
  })
}

/** The exit code of a process stopped by `signal` (as a shell gives it: 128 + its number). */
export function exitCodeOf(signal: Signal): number {
  return 128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const)[signal]
}

/** Forget every undo and stop listening (tests). */
export function resetInterrupts(): void {
  undos.clear()
  stop = null
  interrupted = false
  listen()
}
