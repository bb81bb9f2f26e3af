// Child process for the kill test: writes a site of N files, every file
// stamped with the same version, through writeSite, again and again.
import { writeSite } from '../../src/write/index.ts'

const [out, countText] = process.argv.slice(2)
const count = Number(countText)
for (let version = 1; ; version++) {
  const files = Array.from({ length: count }, (_, i) => ({ path: `p/${i % 17}/f${i}.html`, contents: `v${process.pid}-${version} `.repeat(200) }))
  await writeSite(files, out as string, { search: false })
  process.stdout.write(`done ${version}\n`)
}
