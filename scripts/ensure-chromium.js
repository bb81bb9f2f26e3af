#!/usr/bin/env node
// Browser tests drive Debian's Chromium (playwright-core never downloads a
// browser). Install it when it is missing; the test machines run as root.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium (apt-get install -y chromium)…`)
  const run = (args) => execFileSync(args[0], args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  try {
    run(['apt-get', 'update', '-qq'])
    run(['apt-get', 'install', '-y', '-qq', 'chromium'])
  } catch (error) {
    console.error(`Could not install chromium (${error.message}); browser tests will fail. Install it by hand: apt-get install -y chromium`)
    process.exit(1)
  }
}
