/** Pages without data: unknown path, loading, error. */
import { ApiError } from '../api'
import { html } from '../dom'
import { t, title } from '../i18n'
import { searchForm } from './parts'
import type { View } from './view'

export function missingView(): Promise<View> {
  const s = t()
  return Promise.resolve({
    title: title(s.pageMissing),
    body: html`<h1 tabindex="-1">${s.pageMissing}</h1>${searchForm()}<p><a class="btn" href="/">${s.backHome}</a></p>`,
  })
}

export function loadingHtml(): string {
  return html`<p class="loading">${t().loading}</p>`.value
}

export function errorView(err: unknown, retry: () => void): View {
  const s = t()
  const offline = !navigator.onLine || (err instanceof ApiError && err.offline)
  return {
    title: title(s.errorTitle),
    fromCache: offline,
    body: html`<h1 tabindex="-1">${s.errorTitle}</h1>
<p>${offline ? s.errorOffline : s.errorGeneric}</p>
<p><button type="button" class="btn" id="retry">${s.retry}</button> <a class="btn alt" href="/">${s.backHome}</a></p>`,
    mount: (root) => root.querySelector('#retry')?.addEventListener('click', retry),
  }
}
