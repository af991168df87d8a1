/**
 * Viewing a material's file on the desk: fetched from /uploads/<id> with the bearer token (the file
 * is never public), shown from an object URL — a picture inline, a PDF in an <object> with a link to
 * open or download it. The object URLs are dropped when the viewer closes or the page changes.
 */
import { html } from '../shared/kit'
import { fetchUpload } from './api'
import { s } from './strings'
import { fail } from './ui'

const urls = new Set<string>()

/** Forget every file shown so far (called when a desk page is drawn). */
export function dropFiles(): void {
  for (const url of urls) URL.revokeObjectURL(url)
  urls.clear()
}

/** The toggle of one material's file: a button that opens a panel under it. */
export function viewerHtml(key: string, upload: string, name: string) {
  const t = s()
  return html`<div class="viewer">
<button type="button" class="btn alt small" data-view="${upload}" data-name="${name}" aria-expanded="false" aria-controls="file-${key}" aria-label="${t.showNamed(name)}">${t.show}</button>
<div class="file" id="file-${key}" hidden></div>
</div>`
}

async function show(button: HTMLButtonElement, panel: HTMLElement, root: HTMLElement): Promise<void> {
  const t = s()
  const name = button.dataset.name ?? ''
  panel.hidden = false
  panel.innerHTML = html`<p class="m">${t.loadingFile}</p>`.value
  panel.setAttribute('aria-busy', 'true')
  try {
    const blob = await fetchUpload(button.dataset.view ?? '')
    const url = URL.createObjectURL(blob)
    urls.add(url)
    panel.dataset.url = url
    const ext = blob.type === 'application/pdf' ? 'pdf' : (blob.type.split('/')[1] ?? 'bin')
    const file = `${name || 'file'}.${ext}`
    if (blob.type.startsWith('image/')) {
      panel.innerHTML = html`<img class="shot" src="${url}" alt="${t.fileAlt(name)}">
<p><a href="${url}" download="${file}">${t.download}</a></p>`.value
    } else if (blob.type === 'application/pdf') {
      panel.innerHTML = html`<object class="pdf" data="${url}" type="application/pdf" aria-label="${name}">
<p><a href="${url}" download="${file}">${t.download}</a></p></object>
<p><a href="${url}" target="_blank" rel="noopener">${t.openPdf}</a> · <a href="${url}" download="${file}">${t.download}</a></p>`.value
    } else {
      panel.innerHTML = html`<p><a href="${url}" download="${file}">${t.download}</a></p>`.value
    }
    button.textContent = t.hide
    button.setAttribute('aria-expanded', 'true')
  } catch (err) {
    panel.hidden = true
    panel.innerHTML = ''
    fail(root, 'alert', err)
  } finally {
    panel.removeAttribute('aria-busy')
  }
}

function hide(button: HTMLButtonElement, panel: HTMLElement): void {
  const url = panel.dataset.url
  if (url) {
    URL.revokeObjectURL(url)
    urls.delete(url)
    delete panel.dataset.url
  }
  panel.hidden = true
  panel.innerHTML = ''
  button.textContent = s().show
  button.setAttribute('aria-expanded', 'false')
}

/** Wire every viewer under `root` (one delegated listener). */
export function mountViewers(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    const button = (e.target as Element | null)?.closest<HTMLButtonElement>('button[data-view]')
    if (!button || !root.contains(button)) return
    const panel = root.querySelector<HTMLElement>(`#${button.getAttribute('aria-controls')}`)
    if (!panel) return
    if (button.getAttribute('aria-expanded') === 'true') hide(button, panel)
    else void show(button, panel, root)
  })
}
