/** /access-log: who looked at my personal data (谁看过我的数据). */
import type { View } from '../views/view'
import { html } from '../shared/kit'
import { fetchAccessLog } from './api'
import { roleLabel, s, whatLabel } from './strings'
import { dateTime } from '../shared/dates'
import { pageTitle } from '../shared/strings'

export async function accessLogView(): Promise<View> {
  const t = s()
  const myAccessLog = await fetchAccessLog()
  const body = html`<h1 tabindex="-1">${t.accessTitle}</h1>
<p class="lede">${t.accessLead}</p>
${
  myAccessLog.length
    ? html`<ol class="rows" id="access-list">${myAccessLog.map(
        (e) => html`<li class="row"><div class="row-main">
<span class="row-t">${e.clientName ?? e.actorName ?? t.unknownActor} <span class="badge">${roleLabel(e.actorRole)}</span></span>
<span class="m"><time datetime="${e.at}">${dateTime(e.at)}</time> · ${whatLabel(e.what)}</span>
<span class="m">${e.purpose ? t.purpose(e.purpose) : t.noPurpose}</span>
</div></li>`,
      )}</ol>`
    : html`<p>${t.noAccess}</p>`
}
<p class="sec"><a href="/me">${t.back}</a></p>`
  return { title: pageTitle(t.accessTitle), body }
}
