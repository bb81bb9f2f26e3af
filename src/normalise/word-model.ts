/**
 * Probabilities of words, from the lexicon (Zipf over frequency ranks) mixed
 * with the archive's own counts. Everything is a natural log probability.
 *
 * The unglue decision compares two stories for a token T nobody knows:
 *   glue: T = w1 w2 … wk, k−1 spaces lost at old line breaks:
 *         Σ log p(wi) + logGap + (k−2)·logExtraGap + pair bonus (archive writes `w1 w2`)
 *   word: T is one word: listed in the ranked lists (discounted), a name, a word
 *         that lost its accents (rare), or new: logNovel + log p_chars(T) (French
 *         character model, or the names' one for a capitalised T), or a new
 *         derivation: logDerived + log(share(prefix)·p(stem) or p(stem)·share(suffix)).
 * Split when glue − word ≥ margin.
 */
import { findAccentedForm } from './accents.ts'
import { scoreWord } from './char-model.ts'
import { SUFFIX_LENGTH } from './lexicon.ts'
import type { Lexicon } from './lexicon.ts'
import { MIN_STEM, toPrefixCeiling, toPrefixShare } from './prefix.ts'
import type { Vocabulary } from './vocabulary.ts'
import type { Change } from './edits.ts'

export interface UnglueParams {
  /** Weight of the archive's counts against the lexicon's ranks (0..1). */
  archiveWeight: number
  /** log p(a word boundary lost its space) in a damaged text. */
  logGap: number
  /** log p(a second, third… lost space in the same token): a deleted line break glues two words, not three. */
  logExtraGap: number
  /** log p(a lowercase token is a word the lexicon does not know). */
  logNovel: number
  /** log p(a capitalised token is a name or word the lexicon does not know). */
  logNovelName: number
  /** log p(a token is a new derivation: a productive prefix + a known word, `proactivement`). */
  logDerived: number
  /** log p(a word that is no elided clitic stands before an apostrophe): names only (`O'Brien`). */
  logBeforeApostrophe: number
  /** log p(a word lost its accents: `videos` for `vidéos`). */
  logAccentDropped: number
  /** Extra log-odds required to split a capitalised token next to another capitalised word (a name). */
  nameMargin: number
  /** A listed word found only in the ranked lists (not the forms) is partly junk or a name: its weight. */
  rankedOnlyWeight: number
  /** Bonus per log(1 + count) of an archive bigram `w1 w2`. */
  pairWeight: number
  /** Required log-odds in favour of the glue story before splitting. */
  margin: number
}

export const DEFAULT_UNGLUE: UnglueParams = {
  archiveWeight: 0.3,
  logGap: Math.log(0.08),
  logExtraGap: Math.log(1e-4),
  logNovel: Math.log(0.003),
  logNovelName: Math.log(0.05),
  logDerived: Math.log(0.002),
  logBeforeApostrophe: Math.log(1e-5),
  logAccentDropped: Math.log(1e-3),
  nameMargin: 6,
  rankedOnlyWeight: 0.25,
  pairWeight: 1,
  margin: 3,
}

const MIN_ARCHIVE_PIECE = 3
/** A productive prefix (suffix) starts (ends) at least this share of the lexicon's forms (~34 forms): `pro`, `multi`, `sur`, not `ber`. */
const MIN_PREFIX_SHARE = 1e-4

export interface WordModel {
  readonly lexicon: Lexicon
  readonly vocabulary: Vocabulary
  readonly params: UnglueParams
  /** Decisions already taken for a word group (unglue.ts), bounded. */
  readonly memo: Map<string, GroupDecision>
  /**
   * Where isKnown notes the words whose clean status it asks (`vocabulary.cleanWords`),
   * while a decision or a text is being worked out (null otherwise): see unglue.ts, context.ts.
   */
  asked: string[] | null
}

/** The changes for a word group, and the words whose clean status they depend on. */
export interface GroupDecision {
  readonly changes: readonly Change[]
  readonly asked: readonly string[]
}

export function createWordModel(lexicon: Lexicon, vocabulary: Vocabulary, params: UnglueParams): WordModel {
  return { lexicon, vocabulary, params, memo: new Map(), asked: null }
}

/**
 * log p(word) as a piece of a split, or -Infinity when it may not be one:
 * pieces are forms of the lexicon or words the archive uses at least twice.
 */
export function scorePiece(model: WordModel, word: string): number {
  const { lexicon, vocabulary } = model
  const inForms = lexicon.forms.has(word)
  // The archive's own words count from two uses, and from three letters (`n°`, `a-t-il` leave `n`, `t`).
  const seen = word.length >= MIN_ARCHIVE_PIECE ? (vocabulary.words.get(word) ?? 0) : 0
  // Words of the ranked lists only are no pieces: names and junk (`jamie`, `cyber`, `dela`).
  if (!inForms && seen < 2) return -Infinity
  return mix(model, inForms ? toLexiconProbability(lexicon, word) : 0, seen)
}

/**
 * log p(token) as one word the lexicon may list, or a new one. (A word the
 * archive's clean texts use never gets here: see isKnown.)
 */
export function scoreWhole(model: WordModel, token: string, capitalised: boolean): number {
  const { lexicon, params } = model
  let listed = lexicon.forms.has(token) ? toLexiconProbability(lexicon, token) : 0
  if (listed === 0 && lexicon.ranks.has(token)) listed = params.rankedOnlyWeight * toLexiconProbability(lexicon, token)
  if (listed === 0 && capitalised && lexicon.names.has(token)) listed = params.rankedOnlyWeight * toRankProbability(lexicon, lexicon.unrankedRank)
  const accented = findAccentedForm(lexicon, token)
  if (accented !== null) listed += Math.exp(params.logAccentDropped) * toLexiconProbability(lexicon, accented)
  const known = (1 - toArchiveWeight(model)) * listed
  // A capitalised unknown token is a name as often as a word: the better of the two character models.
  const chars = capitalised ? Math.max(scoreWord(lexicon.chars, token), scoreWord(lexicon.nameChars, token)) : scoreWord(lexicon.chars, token)
  const novel = Math.exp(capitalised ? params.logNovelName : params.logNovel) * Math.exp(chars)
  return Math.log(known + novel + Math.exp(params.logDerived) * toDerivedProbability(model, token))
}

/** Bonus for a split whose two words stand side by side elsewhere in the archive. */
export function scorePairBonus(model: WordModel, left: string, right: string): number {
  const count = model.vocabulary.pairs.get(`${left} ${right}`) ?? 0
  return count === 0 ? 0 : model.params.pairWeight * Math.log(1 + count)
}

/** log p(word) as a new derivation (`proactivement` = `pro` + `activement`), or -Infinity. */
export function scoreDerived(model: WordModel, word: string): number {
  const derived = toDerivedProbability(model, word)
  return derived > 0 ? model.params.logDerived + Math.log(derived) : -Infinity
}

/**
 * The best derivation story for a token: a productive prefix + a known word
 * (`pro` + `activement`), or a known word + a productive suffix that is also a
 * word (`sémantique` + `ment`).
 *
 * A prefix's share takes a scan of the lexicon's forms under it (once per
 * prefix and process, but the short prefixes cover most of the lexicon), so
 * the prefix stories are tried from the most promising down, each bounded
 * first by the share's ceiling (every form under the prefix counted: two
 * binary searches): a story whose ceiling cannot beat the best one so far is
 * not counted. The best is a maximum, so the order changes nothing.
 */
function toDerivedProbability(model: WordModel, token: string): number {
  let best = 0
  const suffixShare = model.lexicon.suffixShares.get(token.slice(-SUFFIX_LENGTH)) ?? 0
  if (suffixShare >= MIN_PREFIX_SHARE && token.length - SUFFIX_LENGTH >= MIN_STEM) {
    const logStem = scorePiece(model, token.slice(0, -SUFFIX_LENGTH))
    if (logStem !== -Infinity) best = suffixShare * Math.exp(logStem)
  }
  const stories: Array<{ prefix: string; stem: number; bound: number }> = []
  for (let cut = 2; cut <= Math.min(7, token.length - MIN_STEM); cut++) {
    const logStem = scorePiece(model, token.slice(cut))
    if (logStem === -Infinity) continue
    const prefix = token.slice(0, cut)
    const ceiling = toPrefixCeiling(model.lexicon, prefix)
    if (ceiling < MIN_PREFIX_SHARE) continue
    const stem = Math.exp(logStem)
    stories.push({ prefix, stem, bound: ceiling * stem })
  }
  stories.sort((a, b) => b.bound - a.bound)
  for (const { prefix, stem, bound } of stories) {
    if (bound <= best) break
    const share = toPrefixShare(model.lexicon, prefix)
    if (share >= MIN_PREFIX_SHARE) best = Math.max(best, share * stem)
  }
  return best
}

/**
 * Ranked words by rank; an unranked form is past the lists' end, and a short
 * one further still: every frequent short word is ranked, so an unranked
 * `ure` or `ers` is an oddity.
 */
function toLexiconProbability(lexicon: Lexicon, word: string): number {
  const rank = lexicon.ranks.get(word)
  if (rank !== undefined) return toRankProbability(lexicon, rank)
  const rarity = word.length <= 3 ? 20 : word.length === 4 ? 5 : 1
  return toRankProbability(lexicon, lexicon.unrankedRank * rarity)
}

function toRankProbability(lexicon: Lexicon, rank: number): number {
  return 1 / (rank * lexicon.harmonic)
}

function mix(model: WordModel, listed: number, seen: number): number {
  const { total } = model.vocabulary
  const weight = toArchiveWeight(model)
  return Math.log((1 - weight) * listed + (total > 0 ? (weight * seen) / total : 0))
}

function toArchiveWeight(model: WordModel): number {
  return model.vocabulary.total > 0 ? model.params.archiveWeight : 0
}
