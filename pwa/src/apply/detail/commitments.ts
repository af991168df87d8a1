/** The commitments (告知承诺书) signed on an application: which, at which version, by whom, when it is checked and what was found. */
import { type Application } from '../api'
import { html, type Html } from '../../shared/kit'
import { s } from '../strings'
import { date, dateTime } from '../../shared/dates'
import { badge } from '../../shared/parts'

const TONE: Record<string, 'ok' | 'bad' | 'warn'> = { VERIFIED: 'ok', FALSE: 'bad', PENDING: 'warn' }

export function signedHtml(a: Application): Html {
  if (!a.commitments.length) return html``
  const t = s()
  return html`<section class="sec" aria-labelledby="signed-h" id="commitments"><h2 id="signed-h">${t.signedTitle}</h2>
<ul class="mats">${a.commitments.map(
    (c) => html`<li class="mat commitment-signed" data-item="${c.item}" data-outcome="${c.outcome}">
<div class="mat-h"><span class="mat-n">${t.signedLine(c.itemName, c.version)}</span>${badge(t.outcome[c.outcome] ?? c.outcome, TONE[c.outcome])}</div>
<p class="m">${(c.signedByHelper ? t.signedByHelper : t.signedBy)(c.signedByName ?? '', dateTime(c.signedAt))} · ${
      c.verifyBy ? t.verifyBy(date(c.verifyBy)) : t.verifyAfterAcceptance(c.verifyWithin)
    }</p>
${c.findings ? html`<p class="note">${c.findings}</p>` : ''}
<details><summary>${t.showText}</summary><div class="cm-text" lang="zh-CN">${c.text}</div></details>
</li>`,
  )}</ul></section>`
}
