/** /verify: scan (camera or picture) or paste a licence QR, and check it on this device. */
import { url as scannerChunk } from 'virtual:lazy/scanner'
import type { View } from '../views/view'
import { checkToken, prefetch, type Checked, type Jwks } from './jws'
import { html, isEn, pickPair, type Html } from '../shared/kit'
import { s, validHeadline, VERDICT, type Headline } from './strings'
import { clock, dateTime, isoDay } from '../shared/dates'
import { pageTitle } from '../shared/strings'
import type * as ScanChunk from './scan'

type Scanner = typeof ScanChunk
const scanner = (): Promise<Scanner> => import(/* @vite-ignore */ scannerChunk)

function details(checked: Checked): Html {
  const t = s()
  const c = checked.claims
  if (!c) return html``
  const jwks = checked.jwks as Jwks
  // labels from the catalogue, saved with the keys (api/catalog/labels.py): by licence type, then by key
  const fieldName = (key: string) => pickPair(jwks.typeFields?.[c.lt]?.[key] ?? jwks.fields?.[key], key)
  const shown = (key: string, value: string) => {
    const choices = jwks.values?.[key]
    if (!choices) return value
    return value
      .split('、')
      .map((part) => pickPair(choices[part], part))
      .join(isEn() ? ', ' : '、')
  }
  const rows: [string, string][] = [
    [t.licence, pickPair(jwks.types?.[c.lt], c.lt)],
    [t.issuer, pickPair(jwks.issuers?.[c.iss], c.iss)],
    [t.number, c.no ?? t.numberHidden],
  ]
  if (c.hn) rows.push([t.holder, c.hn])
  for (const [key, value] of Object.entries(c.f ?? {})) rows.push([fieldName(key), shown(key, value)])
  if (c.io) rows.push([t.issuedOn, c.io])
  rows.push([t.expiresOn, c.eo ?? t.noExpiry])
  if (typeof c.iat === 'number') rows.push([t.presentedAt, dateTime(c.iat)])
  if (typeof c.exp === 'number') rows.push([t.qrValidUntil, dateTime(c.exp)])
  const status =
    checked.status === 'online'
      ? t.statusOnline
      : checked.status === 'saved' && checked.statusAt
        ? t.statusSaved(dateTime(checked.statusAt))
        : t.statusUnchecked
  return html`<dl class="kv">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
<p class="muted" id="status-source">${status}</p>`
}

/** When the revocation status was checked (the status list's time, Beijing), or null: not checked. */
function statusCheckedAt(checked: Checked): string | null {
  if (checked.status === 'unchecked' || !checked.statusAt) return null
  const iso = new Date(checked.statusAt * 1000).toISOString()
  return `${isoDay(iso)} ${clock(iso)}`
}

function headline(checked: Checked): Headline {
  if (checked.verdict === 'valid') return validHeadline(statusCheckedAt(checked))
  const v = VERDICT[checked.verdict]
  return { title: v.title, titleEn: '', message: v.message, tone: v.tone }
}

function showResult(root: HTMLElement, checked: Checked): void {
  const box = root.querySelector<HTMLElement>('#result')
  if (!box) return
  const v = headline(checked)
  const status = checked.verdict === 'valid' ? (statusCheckedAt(checked) ? 'checked' : 'unchecked') : ''
  box.innerHTML = html`<div class="verdict" data-tone="${v.tone}" data-verdict="${checked.verdict}" data-status="${status}">
<p class="verdict-t" tabindex="-1"><span lang="zh-CN">${v.title}</span>${
    v.titleEn ? html`<span class="verdict-en" lang="en">${v.titleEn}</span>` : ''
  }</p><p class="verdict-m">${v.message}</p></div>${details(checked)}`.value
  box.querySelector<HTMLElement>('.verdict-t')?.focus?.()
}

function keysLine(root: HTMLElement, jwks: Jwks | null): void {
  const el = root.querySelector<HTMLElement>('#keys-state')
  if (!el) return
  const t = s()
  const issuers = jwks ? jwks.keys.filter((k) => k.iss !== 'onevisit').length : 0
  el.textContent = issuers ? t.keysSaved(issuers) : t.keysMissing
}

export function verifyView(): View {
  const t = s()
  const body = html`<h1 tabindex="-1">${t.verifyTitle}</h1>
<p class="muted">${t.verifyLead}</p>
<div class="scan-box">
<p class="actions"><button type="button" class="btn" id="scan">${t.scan}</button>
<label class="btn alt" for="scan-file">${t.scanImage}</label></p>
<input type="file" id="scan-file" accept="image/*" class="visually-hidden">
<video id="camera" playsinline muted hidden></video>
<p class="status" id="scan-status" role="status" aria-live="polite"></p>
</div>
<form id="verify-form" class="form" method="post" novalidate>
<div class="field"><label for="token">${t.tokenLabel}</label>
<p class="hint" id="token-hint">${t.tokenHint}</p>
<textarea id="token" name="token" rows="4" autocomplete="off" spellcheck="false" aria-describedby="token-hint"></textarea></div>
<p><button type="submit" class="btn" id="check">${t.check}</button></p>
</form>
<section id="result" aria-live="polite"></section>
<p class="muted" id="keys-state"></p>`
  return { title: pageTitle(t.verifyTitle), body, mount: mountVerify }
}

function mountVerify(root: HTMLElement): void {
  const t = s()
  const form = root.querySelector<HTMLFormElement>('#verify-form')
  const input = root.querySelector<HTMLTextAreaElement>('#token')
  const scanButton = root.querySelector<HTMLButtonElement>('#scan')
  const file = root.querySelector<HTMLInputElement>('#scan-file')
  const video = root.querySelector<HTMLVideoElement>('#camera')
  const scanStatus = root.querySelector<HTMLElement>('#scan-status')
  let scanning: AbortController | null = null

  // Keys and status list saved now: the next check works without a connection.
  void prefetch().then((jwks) => keysLine(root, jwks))

  async function check(token: string): Promise<void> {
    const box = root.querySelector<HTMLElement>('#result')
    if (!token.trim() || !box) return
    box.innerHTML = '' // a new answer, not the last one, is what appears next
    box.setAttribute('aria-busy', 'true')
    const checked = await checkToken(token)
    box.removeAttribute('aria-busy')
    showResult(root, checked)
    keysLine(root, checked.jwks ?? null)
  }

  function found(text: string): void {
    if (input) input.value = text
    void check(text)
  }

  const say = (text: string) => {
    if (scanStatus) scanStatus.textContent = text
  }

  form?.addEventListener('submit', (e) => {
    e.preventDefault()
    void check(input?.value ?? '')
  })

  scanButton?.addEventListener('click', async () => {
    if (scanning) {
      scanning.abort()
      return
    }
    if (!video) return
    scanning = new AbortController()
    scanButton.textContent = t.stopScan
    video.hidden = false
    say(t.scanning)
    try {
      found(await (await scanner()).scanCamera(video, scanning.signal))
      say('')
    } catch (err) {
      say((err as DOMException)?.name === 'AbortError' ? '' : t.noCamera)
    } finally {
      scanning = null
      video.hidden = true
      scanButton.textContent = t.scan
    }
  })

  file?.addEventListener('change', async () => {
    const picture = file.files?.[0]
    if (!picture) return
    try {
      const text = await (await scanner()).scanImage(picture)
      if (text) {
        say('')
        found(text)
      } else say(t.noCode)
    } catch {
      say(t.noCode)
    } finally {
      file.value = ''
    }
  })
}
