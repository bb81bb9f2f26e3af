import { readFileSync } from 'node:fs'
import { dictionary } from '@zxcvbn-ts/language-fr'
const t0 = performance.now()
for (const [k, v] of Object.entries(dictionary)) console.log(k, (v as string[]).length, (v as string[]).slice(0, 15).join(' '), '...', (v as string[]).slice(-5).join(' '))
console.log('zx ms', performance.now() - t0)
const t1 = performance.now()

const words: string[] = JSON.parse(readFileSync('node_modules/an-array-of-french-words/index.json', 'utf8'))
const set = new Set(words)
console.log('fr words', words.length, performance.now() - t1)
const common = (dictionary['commonWords-fr'] as string[]); const wiki = dictionary['wikipedia-fr'] as string[]
for (const w of ['vietnam','lemonde','le','monde','des','desquels','lesquels','dedans','surtout','parfois','proactivement','multicentrique','vietnamiens','unenvironnement','préparera','activement','ila','poursa','toutl','dela','dela','delà','lesautres','ramaphosa','phnom','dung']) console.log(w, set.has(w), common.indexOf(w), wiki.indexOf(w))
console.log(words.filter(w=>w.length<=2).join(' '))
