/**
 * What an application is: its head line, the form data, the departments' lanes, the consultation
 * thread and the history.
 */
import { html, type Html, pick } from '../../shared/kit'
import { type Application, type FormField, type Lane, type Message } from '../api'
import { s } from '../strings'
import { date, dateTime } from '../../shared/dates'
import { errLine } from '../../shared/feedback'
import { badge } from '../../shared/parts'
import { applicationStatusLabel, isApplicationStatus, staffTone } from '../../shared/status'
import { viewerHtml } from '../viewer'
import { type Ctx } from './context'

export function headHtml(a: Application): Html {
  const t = s()
  return html`<h1 tabindex="-1">${pick(a.name, a.nameEn)}</h1>
<p class="lede">${badge(pick(a.statusLabel.zh, a.statusLabel.en), staffTone(a.status))}
<span class="m">${t.trackingNumber} <span class="tn" id="tracking-number">${a.trackingNumber ?? ''}</span></span>
${a.submittedAt ? html`<span class="m">· ${t.submittedAt} ${dateTime(a.submittedAt)}</span>` : ''}
${a.acceptance ? html`<span class="m">· ${t.acceptance[a.acceptance] ?? a.acceptance}</span>` : ''}
${a.filedByHelper ? html`<span class="m filed-by">· ${a.filedByName ? t.filedBy(a.filedByName) : t.filedByHelper}</span>` : ''}
${a.channel === 'COUNTER' ? html`<span class="m" id="counter-channel">· ${t.filedAtCounter}</span>` : ''}</p>`
}

export function valueText(f: FormField | undefined, value: unknown): string {
  const t = s()
  if (value === null || value === undefined || value === '') return t.none
  if (typeof value === 'boolean') return value ? t.yes : t.no
  const choices = f?.rules?.choices ?? []
  const name = (v: unknown) => {
    const c = choices.find((x) => x.value === v)
    return c ? pick(c.name, c.name_en) : String(v)
  }
  if (Array.isArray(value)) return value.map(name).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  return name(value)
}

/** 情形引导 and 点菜: the answers the applicant gave and the items chosen, as they read them. */
function situationHtml(a: Application): Html | '' {
  const t = s()
  if (!a.answers.length && !a.chosenItems) return ''
  return html`<section class="sec" id="desk-situation" aria-labelledby="situ-h"><h2 id="situ-h">${t.situationTitle}</h2>
<dl class="kv">${a.answers.map((x) => html`<div><dt>${pick(x.question, x.questionEn)}</dt><dd>${pick(x.label, x.labelEn)}</dd></div>`)}${
    a.chosenItems ? html`<div><dt>${t.chosenItems}</dt><dd>${a.chosenItems.join('、')}</dd></div>` : ''
  }</dl></section>`
}

export function formDataHtml(a: Application): Html {
  const t = s()
  const fields = a.formSchema?.fields ?? []
  const known = new Set(fields.map((f) => f.code))
  const rows: [string, string][] = fields.filter((f) => f.code in a.data).map((f) => [pick(f.name, f.name_en), valueText(f, a.data[f.code])])
  for (const [code, value] of Object.entries(a.data)) if (!known.has(code)) rows.push([code, valueText(undefined, value)])
  return html`${situationHtml(a)}<section class="sec" aria-labelledby="form-h"><h2 id="form-h">${t.formData}</h2>
${rows.length ? html`<dl class="kv form-data">${rows.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>` : html`<p>${t.noFormData}</p>`}
</section>`
}

export function laneHtml(l: Lane): Html {
  const t = s()
  const done = l.status === 'APPROVED' || l.status === 'REJECTED'
  return html`<li class="lane" data-dept="${l.departmentCode}">
<div class="mat-h"><span class="mat-n">${l.departmentName}</span>${badge(t.taskStatus[l.status] ?? l.status, staffTone(l.status))}
${l.overdue && !done ? badge(t.overdue, 'bad') : ''}${l.paused ? badge(t.paused, 'warn') : ''}</div>
<p class="m">${l.items.join('、')}</p>
<p class="m">${l.dueOn ? t.laneDue(date(l.dueOn), done ? null : l.remainingWorkingDays) : l.paused ? t.laneStopped(l.remainingWorkingDays ?? 0) : t.laneNotStarted(l.promisedDays)}</p>
${l.paused && l.pauseReason ? html`<p class="note pause-why">${t.pausedBecause(l.pauseReason)}</p>` : ''}
${l.decisionNote ? html`<p class="note"><strong>${t.decisionNote}：</strong>${l.decisionNote}</p>` : ''}
</li>`
}

export function messageHtml(m: Message): Html {
  const t = s()
  const mine = m.authorKind !== 'APPLICANT' && m.authorKind !== 'HELPER'
  return html`<li class="msg${mine ? ' staff' : ''}"><p class="msg-h"><strong>${m.authorName ?? t.authorKind[m.authorKind] ?? m.authorKind}</strong>
<span class="m">${t.authorKind[m.authorKind] ?? m.authorKind} · ${dateTime(m.at)}</span></p>
<p class="msg-b">${m.body}</p>
${m.attachment ? viewerHtml(`msg-${m.id}`, m.attachment, t.attachment) : ''}</li>`
}

export function threadHtml(ctx: Ctx): Html {
  const t = s()
  return html`<section class="panel-box" aria-labelledby="thread-h"><h2 id="thread-h">${t.thread}</h2>
<p class="m">${t.threadLead}</p>
<ol class="thread" id="thread">${ctx.messages.length ? ctx.messages.map(messageHtml) : html`<li class="m empty">${t.threadEmpty}</li>`}</ol>
<form id="message-form" method="post" novalidate>
<div class="field"><label for="message-body">${t.messageBody}</label>
<textarea id="message-body" rows="3" maxlength="4000" aria-describedby="message-body-err"></textarea>${errLine('message-body')}</div>
<p><button type="submit" class="btn alt" id="send-message">${t.send}</button></p>
</form></section>`
}

export function timelineHtml(a: Application): Html {
  const t = s()
  const names = new Map(a.lanes.map((l) => [l.departmentCode, l.departmentName]))
  return html`<section class="sec" aria-labelledby="log-h"><h2 id="log-h">${t.timeline}</h2>
<ol class="log">${[...a.events].reverse().map((e) => {
    const status = isApplicationStatus(e.toStatus) ? applicationStatusLabel(e.toStatus) : (t.taskStatus[e.toStatus.toUpperCase()] ?? e.toStatus)
    const who = [e.departmentCode ? names.get(e.departmentCode) : '', e.actorName ?? t.actorKind[e.actorKind] ?? e.actorKind].filter(Boolean).join(' · ')
    return html`<li><span class="ev-t">${dateTime(e.at)}</span> <strong>${status}</strong> <span class="m">${who}</span>${e.reason ? html`<span class="ev-r">${e.reason}</span>` : ''}</li>`
  })}</ol></section>`
}
