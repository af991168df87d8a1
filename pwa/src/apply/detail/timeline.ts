/**
 * The progress of an application as the applicant reads it: the main stages, one lane per
 * department with its due date on the working-day calendar, the history.
 */
import { type Application, type Lane, type TimelineEvent } from '../api'
import { html, pick, type Html } from '../../shared/kit'
import { s } from '../strings'
import { date, dateTime } from '../../shared/dates'
import { badge } from '../../shared/parts'
import { applicationStatusLabel, isApplicationStatus } from '../../shared/status'

export const WITHDRAWABLE = new Set(['SUBMITTED', 'PRE_REVIEW', 'NEEDS_CORRECTION'])

/** Which of the six main stages an application is at (index), and whether that stage is done. */
export function stage(status: string): { at: number; done: boolean } {
  switch (status) {
    case 'DRAFT':
      return { at: 0, done: false }
    case 'SUBMITTED':
      return { at: 1, done: false }
    case 'PRE_REVIEW':
    case 'NEEDS_CORRECTION':
      return { at: 1, done: false }
    case 'ACCEPTED':
      return { at: 3, done: false }
    case 'IN_PROGRESS':
      return { at: 3, done: false }
    case 'COMPLETED':
    case 'PARTLY_COMPLETED':
    case 'REJECTED':
      return { at: 4, done: true }
    case 'READY_FOR_PICKUP':
      return { at: 5, done: false }
    default: // COLLECTED, CLOSED
      return { at: 5, done: true }
  }
}

export function stepsHtml(a: Application): Html {
  const t = s()
  if (a.status === 'WITHDRAWN') return html`<p class="notice">${t.withdrawnNote}</p>`
  const { at, done } = stage(a.status)
  return html`<ol class="stages">${t.steps.map((name, i) => {
    const state = i < at || (i === at && done) ? 'done' : i === at ? 'now' : 'todo'
    return html`<li class="${state}"${state === 'now' ? html` aria-current="step"` : ''}><span class="dot" aria-hidden="true">${
      state === 'done' ? '✓' : i + 1
    }</span><span>${name}</span>${state === 'done' ? html`<span class="sr">（${t.stepDone}）</span>` : ''}</li>`
  })}</ol>${a.status === 'REJECTED' ? html`<p class="notice">${t.rejectedNote}</p>` : ''}`
}

export function laneHtml(l: Lane): Html {
  const t = s()
  const tone = l.status === 'APPROVED' ? 'ok' : l.status === 'REJECTED' ? 'warn' : ''
  return html`<li class="lane${l.overdue ? ' late' : ''}">
<div class="lane-h"><span class="lane-n">${l.departmentName}</span>${badge(t.laneStatus[l.status] ?? l.status, tone)}${
    l.overdue ? badge(t.overdue, 'bad') : ''
  }${l.paused ? badge(t.paused, 'warn') : ''}</div>
<p class="m">${t.laneItems}${pick('：', ': ')}${l.items.join(pick('、', ', '))}</p>
<p>${t.promised(l.promisedDays)}${pick('，', ', ')}${
    l.dueOn ? html`<strong>${t.dueOn(date(l.dueOn))}</strong>` : t.notStarted
  }${l.remainingWorkingDays != null && l.status !== 'APPROVED' && l.status !== 'REJECTED' ? html`${pick('，', ', ')}<strong class="${
    l.remainingWorkingDays < 0 ? 'bad-text' : ''
  }">${t.remaining(l.remainingWorkingDays)}</strong>` : ''}</p>
${l.paused ? html`<p class="m">${l.pauseReason ? t.pausedBecause(l.pauseReason) : t.pausedWhy}</p>` : ''}
${l.decisionNote ? html`<p><strong>${t.decisionNote}${pick('：', ': ')}</strong>${l.decisionNote}</p>` : ''}
</li>`
}

export function who(e: TimelineEvent): string {
  const t = s()
  if (e.actorKind === 'HELPER') return t.helperActed(e.actorName ?? '', e.actingForName ?? '')
  const name = e.actorName ?? ''
  const label = t.actor[e.actorKind]
  return label ? label(name) : name
}

export function eventHtml(e: TimelineEvent, departments: Map<string, string>): Html {
  const t = s()
  const dept = e.departmentCode ? departments.get(e.departmentCode) ?? e.departmentCode : ''
  const label = isApplicationStatus(e.toStatus) ? applicationStatusLabel(e.toStatus) : (t.taskEvent[e.toStatus] ?? e.toStatus)
  return html`<li><time datetime="${e.at}">${dateTime(e.at)}</time>
<span class="ev-t">${dept ? html`${dept} · ` : ''}${label}</span>
<span class="m">${who(e)}</span>
${e.reason ? html`<span class="ev-r">${e.reason}</span>` : ''}</li>`
}
