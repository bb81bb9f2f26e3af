import { ConfigError, resolveConfig } from '../../src/config.ts'

/** The first message of a config that cannot be used: `line:col rule: reason`. */
export function toConfigFailure(text: string): string {
  try {
    resolveConfig(text, 'chronique.yaml')
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    const message = error.file.messages[0]
    return `${message?.line}:${message?.column} ${message?.ruleId}: ${message?.reason}`
  }
  throw new Error('expected a ConfigError')
}
