/** /desk/tasks: a reviewer's department's tasks (soonest due first): approve, or reject with the reason. */
import { html, type Html, pick } from '../shared/kit'
import type { View } from '../views/view'
import { decide, fetchTasks, startReview, type DepartmentTask, type Me } from './api'
import { s } from './strings'
import { fail } from './ui'
import { date } from '../shared/dates'
import { errLine, setError } from '../shared/feedback'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { staffTone } from '../shared/status'
import { pageTitle } from '../shared/strings'

function taskHtml(task: DepartmentTask): Html {
  const t = s()
  const a = task.application
  const l = task.lane
  const tn = a.trackingNumber ?? a.id
  const open = task.status === 'PENDING' || task.status === 'IN_REVIEW'
  const key = `t-${task.id}`
  return html`<li class="task" id="${key}" data-task="${task.id}" data-status="${task.status}">
<div class="mat-h"><a class="mat-n" href="/desk/applications/${a.id}" aria-label="${t.openApplicationNamed(tn)}">${pick(a.name, a.nameEn)}</a>
${badge(t.taskStatus[task.status] ?? task.status, staffTone(task.status))}
${l.overdue && open ? badge(t.overdue, 'bad') : ''}${l.paused ? badge(t.paused, 'warn') : ''}</div>
<p class="m"><span class="tn">${tn}</span> · ${pick(a.statusLabel.zh, a.statusLabel.en)} · ${
    l.dueOn ? t.laneDue(date(l.dueOn), open ? l.remainingWorkingDays : null) : t.laneNotStarted(l.promisedDays)
  }</p>
<p class="m">${t.items}：${l.items.join('、')}</p>
${l.decisionNote ? html`<p class="note"><strong>${t.decisionNote}：</strong>${l.decisionNote}</p>` : ''}
${
  open
    ? html`<form class="decide" method="post" novalidate data-task="${task.id}" data-status="${task.status}">
<div class="field"><label for="${key}-note">${t.approveNote}</label><p class="hint" id="${key}-note-hint">${t.rejectReason}</p>
<textarea id="${key}-note" rows="2" maxlength="2000" aria-describedby="${key}-note-hint ${key}-note-err"></textarea>${errLine(`${key}-note`)}</div>
<div class="actions"><button type="submit" class="btn" value="approve" aria-label="${t.approveNamed(tn)}">${t.approve}</button>
<button type="submit" class="btn alt danger" value="reject" aria-label="${t.rejectNamed(tn)}">${t.reject}</button></div>
</form>`
    : ''
}</li>`
}

function listsHtml(tasks: DepartmentTask[]): Html {
  const t = s()
  const open = tasks.filter((x) => x.status === 'PENDING' || x.status === 'IN_REVIEW')
  const done = tasks.filter((x) => !(x.status === 'PENDING' || x.status === 'IN_REVIEW'))
  return html`<section class="sec" aria-labelledby="open-h"><h2 id="open-h">${t.tasksOpenTitle} <span class="m">(${open.length})</span></h2>
${open.length ? html`<ul class="tasks" id="open-tasks">${open.map(taskHtml)}</ul>` : html`<p class="empty">${t.tasksEmpty}</p>`}</section>
<section class="sec" aria-labelledby="done-h"><h2 id="done-h">${t.tasksDoneTitle} <span class="m">(${done.length})</span></h2>
${done.length ? html`<ul class="tasks" id="done-tasks">${done.map(taskHtml)}</ul>` : html`<p class="empty">${t.tasksDoneEmpty}</p>`}</section>`
}

export async function tasksPage(me: Me): Promise<View> {
  const t = s()
  const tasks = await fetchTasks()
  const dept = tasks[0]?.lane.departmentName ?? me.departmentCode ?? ''
  return {
    title: pageTitle(t.tasksTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<div class="head-row"><h1 tabindex="-1">${t.tasksTitle}</h1><button type="button" class="btn alt small" id="refresh">${t.refresh}</button></div>
<p class="lede">${t.tasksLead(dept)}</p>
${alertRegion()}
${statusRegion()}
<div id="lists">${listsHtml(tasks)}</div></div>`,
    mount: (main) => {
      const root = main.querySelector<HTMLElement>('#desk')
      const lists = root?.querySelector<HTMLElement>('#lists')
      if (!root || !lists) return
      const status = root.querySelector<HTMLElement>('#status')
      status?.setAttribute('tabindex', '-1')
      const reload = async (message: string) => {
        lists.innerHTML = listsHtml(await fetchTasks()).value
        say(root, 'status', message, 'ok')
        if (message) status?.focus()
      }
      root.addEventListener('click', async (e) => {
        const button = (e.target as Element).closest<HTMLButtonElement>('#refresh')
        if (!button) return
        const undo = busy(button)
        try {
          await reload(s().refreshed)
        } catch (err) {
          fail(root, 'alert', err)
        } finally {
          undo()
        }
      })
      root.addEventListener('submit', async (e) => {
        const form = e.target as HTMLFormElement
        if (!form.classList.contains('decide')) return
        e.preventDefault()
        const submitter = (e).submitter as HTMLButtonElement | null
        const approve = submitter?.value !== 'reject'
        const task = form.dataset.task ?? ''
        const noteId = `t-${task}-note`
        const note = form.querySelector<HTMLTextAreaElement>(`#${noteId}`)
        setError(form, noteId, null)
        if (!approve && !note?.value.trim()) {
          setError(form, noteId, t.rejectNeedsReason)
          return note?.focus()
        }
        say(root, 'alert', '')
        const undo = busy(submitter)
        try {
          if (form.dataset.status === 'PENDING') await startReview(task)
          await decide(task, approve, note?.value.trim() ?? '')
          await reload(t.decided(approve))
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
