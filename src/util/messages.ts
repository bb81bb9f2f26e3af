/**
 * Messages on files (vfile), made cheaply: a build makes ~35 per dump.
 */

/**
 * Make a message (`file.message`, `file.info`) without recording the call
 * stack. A VFileMessage is an Error, so V8 captures the stack when one is
 * made, which is most of the cost of a message (a dump gets dozens), and
 * vfile-message then sets `stack` to '' anyway: the message is the same.
 * Only the message's construction runs with the limit at 0; it is restored
 * even if that throws.
 */
export function withoutStack<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}
