/** The commitments (告知承诺书) signed on an application, as the desk sees them: version, signer, verify-by date, outcome, the text. */
import { html, type Html } from '../../shared/kit'
import { type Application } from '../api'
import { s } from '../strings'
import { date, dateTime } from '../../shared/dates'
import { badge } from '../../shared/parts'

export function signedCommitmentsHtml(a: Application): Html {
  if (!a.commitments.length) return html``
  const t = s()
  return html`<section class="sec" aria-labelledby="cm-h" id="commitments"><h2 id="cm-h">${t.signedTitle}</h2>
<ul class="mats">${a.commitments.map(
    (c) => html`<li class="mat" data-item="${c.item}" data-outcome="${c.outcome}">
<div class="mat-h"><span class="mat-n">${t.checkItem(c.itemName, c.version)}</span>${badge(
      t.outcomeLabel[c.outcome] ?? c.outcome,
      c.outcome === 'FALSE' ? 'bad' : c.outcome === 'VERIFIED' ? 'ok' : 'warn',
    )}</div>
<p class="m">${t.signedOn(c.signedByName ?? '', dateTime(c.signedAt), c.signedByHelper)}${c.verifyBy ? html` · ${t.verifyByLine(date(c.verifyBy), null)}` : ''}</p>
${c.findings ? html`<p class="note"><strong>${t.findings}：</strong>${c.findings}</p>` : ''}
<details><summary>${t.checkItem(c.itemName, c.version)}</summary><div class="cm-text" lang="zh-CN">${c.text}</div></details>
</li>`,
  )}</ul></section>`
}
