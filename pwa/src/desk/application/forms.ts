/**
 * The desk's forms sent: each checks what it needs, then runs its action through the page
 * (Desk.act).
 */
import { accept, decide, judge, postMessage, recordCollection, recordMailDelivered, requestCorrections, setPickup, startReview, verifyOwed, type AcceptanceMode, type PickupInput } from '../api'
import { s } from '../strings'
import { setError } from '../../shared/feedback'
import { say } from '../../shared/live'
import { readVerdicts } from './review'
import { type Desk } from './page'
import { submitExtra, submitExtraDecision } from './extra'

/** Verdicts saved (at least one). */
export function saveVerdicts(desk: Desk, submitter: HTMLButtonElement | null): void {
  const verdicts = readVerdicts(desk.root)
  if (!verdicts) return
  if (!verdicts.length) return say(desk.root, 'alert', s().nothingJudged, 'bad')
  void desk.act(submitter, () => judge(desk.id, verdicts), s().verdictsSaved)
}

/** The one correction list (一次性告知): the verdicts chosen, then the notice. */
export function sendCorrections(desk: Desk, submitter: HTMLButtonElement | null): void {
  const { root, id, a } = desk
  const t = s()
  const verdicts = readVerdicts(root)
  if (!verdicts) return
  if (!verdicts.some((v) => !v.ok) && !a.materials.some((m) => m.status === 'NEEDS_CORRECTION')) {
    say(root, 'alert', t.noneFlagged, 'bad')
    return root.querySelector<HTMLElement>('#alert')?.focus()
  }
  const summary = root.querySelector<HTMLTextAreaElement>('#correction-summary')?.value ?? ''
  const run = async () => {
    if (verdicts.length) await judge(id, verdicts)
    return requestCorrections(id, summary)
  }
  void desk.act(submitter, run, t.correctionSent)
}

/** The deferred materials picked (their due dates follow from the catalogue's terms); null when none. */
export function readDeferred(form: HTMLFormElement): { material: string }[] | null {
  setError(form, 'deferred', null)
  const deferred = [...form.querySelectorAll<HTMLInputElement>('input[name=defer]:checked')].map((box) => ({ material: box.value }))
  if (!deferred.length) {
    setError(form, 'deferred', s().deferredPickOne)
    form.querySelector<HTMLElement>('input[name=defer]')?.focus()
    return null
  }
  return deferred
}

/** 容缺: the clerk's check of a material handed in after acceptance; a sending back needs the reason. */
export function submitOwed(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  const material = form.dataset.material ?? ''
  const ok = submitter?.value !== 'back'
  const note = form.querySelector<HTMLTextAreaElement>('textarea')
  setError(form, `owed-note-${material}`, null)
  if (!ok && !note?.value.trim()) {
    setError(form, `owed-note-${material}`, s().owedBackReason)
    return note?.focus()
  }
  void desk.act(submitter, () => verifyOwed(desk.id, material, ok, note?.value.trim() ?? ''), s().owedChecked(ok))
}

/** Acceptance: normal, 容缺 (with the deferred materials) or 告知承诺; nothing flagged may be left. */
export function submitAccept(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  const { root, id } = desk
  const t = s()
  const mode = (form.querySelector<HTMLInputElement>('input[name=mode]:checked')?.value ?? 'NORMAL') as AcceptanceMode
  const verdicts = readVerdicts(root)
  if (!verdicts) return
  const deferred = mode === 'DEFERRED' ? readDeferred(form) : []
  if (!deferred) return
  const later = new Set(deferred.map((d) => d.material))
  if (verdicts.some((v) => !v.ok && !later.has(v.material))) {
    say(root, 'alert', t.flaggedBlock, 'bad')
    return root.querySelector<HTMLElement>('#alert')?.focus()
  }
  const run = async () => {
    if (verdicts.length) await judge(id, verdicts)
    return accept(id, mode, deferred)
  }
  void desk.act(submitter, run, t.accepted)
}

/** A reviewer's decision; a rejection needs its reason. */
export function submitDecision(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  const approve = submitter?.value !== 'reject'
  const note = form.querySelector<HTMLTextAreaElement>('#decision-note')
  setError(form, 'decision-note', null)
  if (!approve && !note?.value.trim()) {
    setError(form, 'decision-note', s().rejectNeedsReason)
    return note?.focus()
  }
  const task = form.dataset.task ?? ''
  const run = async () => {
    if (form.dataset.status === 'PENDING') await startReview(task)
    return decide(task, approve, note?.value.trim() ?? '')
  }
  void desk.act(submitter, run, s().decided(approve))
}

/** The result delivered as the applicant chose, with what that method needs. */
export function submitPickup(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  const t = s()
  const method = (form.dataset.method ?? 'WINDOW') as NonNullable<PickupInput['method']>
  const value = (key: string) => form.querySelector<HTMLInputElement>(`#pickup-${key}`)?.value.trim() ?? ''
  const need: [string, string][] =
    method === 'WINDOW' ? [['window', t.window]] : method === 'LOCKER' ? [['locker', t.locker]] : [['carrier', t.carrier], ['tracking', t.tracking]]
  for (const key of ['window', 'locker', 'carrier', 'tracking']) setError(form, `pickup-${key}`, null)
  for (const [key, label] of need) {
    if (!value(key)) {
      setError(form, `pickup-${key}`, t.fill(label))
      return form.querySelector<HTMLElement>(`#pickup-${key}`)?.focus()
    }
  }
  const pickup: PickupInput =
    method === 'WINDOW'
      ? { method, window: value('window'), hours: value('hours') }
      : method === 'LOCKER'
        ? { method, locker: value('locker') }
        : { method, carrier: value('carrier'), tracking: value('tracking') }
  void desk.act(submitter, () => setPickup(desk.id, pickup), t.pickupSet)
}

/** A mailed result delivered (the carrier's tracking says so): collected, and the applicant asked to rate. */
export function submitDelivered(desk: Desk, submitter: HTMLButtonElement | null): void {
  const by = desk.root.querySelector<HTMLInputElement>('#signed-by')?.value.trim() ?? ''
  void desk.act(submitter, () => recordMailDelivered(desk.id, by), s().deliveredRecorded)
}

/** The collection at the window: who took it, and that their identity was checked. */
export function submitCollection(desk: Desk, submitter: HTMLButtonElement | null): void {
  const { root } = desk
  const t = s()
  const by = root.querySelector<HTMLInputElement>('#collected-by')
  const checked = root.querySelector<HTMLInputElement>('#identity-checked')
  setError(root, 'collected-by', null)
  setError(root, 'identity-checked', null)
  if (!by?.value.trim()) {
    setError(root, 'collected-by', t.fill(t.collectedBy))
    return by?.focus()
  }
  if (!checked?.checked) {
    setError(root, 'identity-checked', t.identityRequired)
    return checked?.focus()
  }
  void desk.act(submitter, () => recordCollection(desk.id, by.value.trim(), true), t.collectionRecorded)
}

/** A message to the applicant in the consultation thread. */
export function submitMessage(desk: Desk, submitter: HTMLButtonElement | null): void {
  const { root } = desk
  const body = root.querySelector<HTMLTextAreaElement>('#message-body')
  setError(root, 'message-body', null)
  if (!body?.value.trim()) {
    setError(root, 'message-body', s().emptyMessage)
    return body?.focus()
  }
  void desk.act(submitter, () => postMessage(desk.id, body.value.trim()), s().sent)
}

/** One of the page's forms sent. */
export function submitted(desk: Desk, form: HTMLFormElement, submitter: HTMLButtonElement | null): void {
  if (form.classList.contains('owed-form')) return submitOwed(desk, form, submitter)
  switch (form.id) {
    case 'review-form':
      return saveVerdicts(desk, submitter)
    case 'correction-form':
      return sendCorrections(desk, submitter)
    case 'accept-form':
      return submitAccept(desk, form, submitter)
    case 'decide-form':
      return submitDecision(desk, form, submitter)
    case 'pickup-form':
      return submitPickup(desk, form, submitter)
    case 'collect-form':
      return submitCollection(desk, submitter)
    case 'delivered-form':
      return submitDelivered(desk, submitter)
    case 'extra-form':
      return submitExtra(desk, submitter)
    case 'extra-decide-form':
      return submitExtraDecision(desk, form, submitter)
    case 'message-form':
      return submitMessage(desk, submitter)

  }
}
