/**
 * Screens add their styles as constructed stylesheets, not <style> elements: the
 * Content-Security-Policy allows no inline style but the shells' own blocks (by hash). Used by the
 * lazily loaded chunks; the main bundle's one use (src/inbox/hook.ts) repeats these lines, since a
 * lazy chunk may share no module with it (plugins/lazy-chunk.ts).
 */
const added = new Set<string>()

/** Add a stylesheet once (by id). */
export function addStyles(id: string, css: string): void {
  if (added.has(id)) return
  added.add(id)
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
}
