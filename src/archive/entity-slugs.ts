/** Unique URL slugs for people and organisations: the second `x` is `x-2`, then `x-3`… (in the order given). */
export function toUniqueSlugs(slugs: readonly string[]): string[] {
  const taken = new Set<string>()
  return slugs.map((slug) => {
    let unique = slug
    for (let n = 2; taken.has(unique); n++) unique = `${slug}-${n}`
    taken.add(unique)
    return unique
  })
}
