/** util/interrupt.ts in-process: when the signals are listened to, what a signal runs, and render's pause points. */
import { afterEach, describe, expect, it } from 'vitest'
import { breathe, exitCodeOf, handleInterrupts, isInterrupted, resetInterrupts, undoOnInterrupt } from '../../src/util/interrupt.ts'

afterEach(() => resetInterrupts())

describe('interrupts', () => {
  it('listens only while the command asked for it and an undo is registered', () => {
    const before = process.listenerCount('SIGINT')
    const forget = undoOnInterrupt(async () => {})
    // A library user (no handleInterrupts): Node's own behaviour stays.
    expect(process.listenerCount('SIGINT')).toBe(before)
    handleInterrupts(() => {})
    expect(process.listenerCount('SIGINT')).toBe(before + 1)
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(0)
    forget()
    expect(process.listenerCount('SIGINT')).toBe(before)
  })

  it('runs every undo on a signal, then stops; a pause point never resolves after it', async () => {
    const done: string[] = []
    const stopped = new Promise<[string, boolean]>((resolve) => handleInterrupts((signal, undone) => resolve([signal, undone])))
    undoOnInterrupt(async () => {
      done.push('site')
    })
    undoOnInterrupt(async () => {
      done.push('other')
    })
    await breathe()
    process.emit('SIGTERM', 'SIGTERM')
    expect(isInterrupted()).toBe(true)
    expect(await stopped).toEqual(['SIGTERM', true])
    expect(done.sort()).toEqual(['other', 'site'])
    const paused = await Promise.race([breathe().then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('still paused'), 50))])
    expect(paused).toBe('still paused')
  })

  it('says when an undo failed', async () => {
    const stopped = new Promise<boolean>((resolve) => handleInterrupts((_, undone) => resolve(undone)))
    undoOnInterrupt(async () => {
      throw new Error('no')
    })
    process.emit('SIGINT', 'SIGINT')
    expect(await stopped).toBe(false)
  })

  it('gives the shell\'s exit codes', () => {
    expect([exitCodeOf('SIGINT'), exitCodeOf('SIGTERM'), exitCodeOf('SIGHUP')]).toEqual([130, 143, 129])
  })
})
