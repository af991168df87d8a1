/**
 * /desk/applications/<id>: one application at the desk. Window clerks pre-review (claim, verdicts,
 * one correction list, acceptance), reviewers decide for their department, clerks set the delivery
 * and record the collection; everyone sees the form data, the lanes, the thread and the history.
 */
import { html, pick } from '../../shared/kit'
import { type View } from '../../views/view'
import { claim, fetchApplication, fetchMessages, release, type Application, type Me, type Message } from '../api'
import { s } from '../strings'
import { fail, isClerk } from '../ui'
import { alertRegion, busy, say, statusRegion } from '../../shared/live'
import { dropFiles, mountViewers } from '../viewer'
import { pageTitle } from '../../shared/strings'
import { type Ctx, PRE_REVIEW, claimState, extrasOf } from './context'
import { headHtml } from './record'
import { contentHtml } from './decisions'
import { submitted } from './forms'
import { printFrom, printsHtml } from '../intake/prints'

/** The page's state while it is open: the application as last drawn, and what the person may do with it. */
export interface Desk {
  id: string
  root: HTMLElement
  a: Application
  ctx: Ctx
  /** Run an action from a button: busy while it runs, the page redrawn after, errors in the alert. */
  act: (button: HTMLButtonElement | null, run: () => Promise<Application | null>, done: string) => Promise<void>
}

/** Fetch the application again (unless `next` is it), redraw, and say `message`. */
export async function redraw(desk: Desk, next: Application | null, message: string): Promise<void> {
  const { root, id, ctx } = desk
  desk.a = next ?? (await fetchApplication(id))
  ;[ctx.claim, ctx.messages, ctx.extras] = await Promise.all([
    claimState(desk.a, ctx.me),
    fetchMessages(id).catch(() => ctx.messages),
    extrasOf(desk.a, ctx.me),
  ])
  const head = root.querySelector<HTMLElement>('#head')
  const content = root.querySelector<HTMLElement>('#content')
  if (head) head.innerHTML = headHtml(desk.a).value
  const prints = root.querySelector<HTMLElement>('#prints')
  if (prints) prints.innerHTML = printsHtml(desk.a, ctx.me).value
  dropFiles() // the open viewers go with the old content
  if (content) content.innerHTML = contentHtml(desk.a, ctx).value
  say(root, 'alert', '')
  say(root, 'status', message, message ? 'ok' : '')
  if (message) root.querySelector<HTMLElement>('#status')?.focus()
}

/** Choices that show or hide parts of a form: a verdict's reason, the deferred materials, a delivery method's fields. */
export function choiceMade(root: HTMLElement, input: HTMLInputElement): void {
  if (input.type === 'radio' && input.name.startsWith('v-')) {
    const key = input.name.slice(2)
    const box = root.querySelector<HTMLElement>(`#note-${key}-field`)
    if (box) box.hidden = input.value !== 'fix'
    if (input.value === 'fix') root.querySelector<HTMLElement>(`#note-${key}`)?.focus()
  }
  if (input.name === 'mode') {
    const deferred = root.querySelector<HTMLElement>('#deferred')
    if (deferred) deferred.hidden = input.value !== 'DEFERRED'
  }
  if (input.name === 'method') {
    for (const box of root.querySelectorAll<HTMLElement>('.method')) box.hidden = box.dataset.method !== input.value
  }
}

export function buttonPressed(desk: Desk, button: HTMLButtonElement): void {
  const t = s()
  if (button.id === 'refresh') void desk.act(button, () => Promise.resolve(null), t.refreshed)
  if (button.id === 'claim') void desk.act(button, () => claim(desk.id), t.claimed)
  if (button.id === 'release') void desk.act(button, () => release(desk.id), t.released)
  if (button.dataset.print) void printFrom(desk.root, button, desk.a)
}

export function mount(main: HTMLElement, id: string, first: Application, ctx: Ctx): void {
  const root = main.querySelector<HTMLElement>('#desk')
  if (!root) return
  root.querySelector<HTMLElement>('#status')?.setAttribute('tabindex', '-1')
  mountViewers(root)
  const desk: Desk = {
    id,
    root,
    a: first,
    ctx,
    act: async (button, run, done) => {
      say(root, 'alert', '')
      say(root, 'status', '')
      const undo = busy(button)
      try {
        await redraw(desk, await run(), done)
      } catch (err) {
        undo()
        fail(root, 'alert', err)
      }
    },
  }
  root.addEventListener('change', (e) => choiceMade(root, e.target as HTMLInputElement))
  root.addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>('button')
    if (button && button.type !== 'submit') buttonPressed(desk, button)
  })
  root.addEventListener('submit', (e) => {
    e.preventDefault()
    submitted(desk, e.target as HTMLFormElement, e.submitter as HTMLButtonElement | null)
  })
}

export async function applicationPage(id: string, me: Me): Promise<View> {
  const t = s()
  const a = await fetchApplication(id)
  const [claimed, messages, extras] = await Promise.all([claimState(a, me), fetchMessages(id).catch(() => [] as Message[]), extrasOf(a, me)])
  const ctx: Ctx = { me, claim: claimed, messages, extras }
  const back = isClerk(me) && PRE_REVIEW.has(a.status) ? html`<a href="/desk/queue">← ${t.queueTitle}</a>` : html`<a href="/desk">← ${t.backToDesk}</a>`
  return {
    title: pageTitle(`${a.trackingNumber ?? a.id} · ${pick(a.name, a.nameEn)}`),
    body: html`<div class="desk wide" id="desk"><p class="crumbs-back">${back}</p>
<div class="head-row"><div id="head">${headHtml(a)}</div><button type="button" class="btn alt small" id="refresh">${t.refresh}</button></div>
<div id="prints">${printsHtml(a, me)}</div>
${alertRegion()}
${statusRegion()}
<div id="content">${contentHtml(a, ctx)}</div></div>`,
    mount: (main) => mount(main, id, a, ctx),
  }
}
