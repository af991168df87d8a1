/** A tiny escaping HTML template: html`<p>${text}</p>` escapes every value that is not Html. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function esc(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c])
}

function part(value: unknown): string {
  if (value == null || value === false || value === true) return ''
  if (value instanceof Html) return value.value
  if (Array.isArray(value)) return value.map(part).join('')
  return esc(value)
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1]
  return new Html(out)
}

/** Keep only the path (and query) of a same-site URL, so nothing is fetched from another origin. */
export function localPath(url: string): string {
  try {
    const u = new URL(url, location.href)
    return u.pathname + u.search
  } catch {
    return ''
  }
}
