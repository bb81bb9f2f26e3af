/** French typography for output (no-break spaces, apostrophes). Applied last, on output. */
export function toFrenchTypography(text: string): string {
  return text
}
