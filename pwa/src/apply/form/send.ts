/**
 * Sending the form: submitting (or keeping it in the outbox without a connection), saving and
 * loading drafts.
 */
import { type Application, type ApplicationInput, type ApplyForm, application, isError, saveDraft, submitApplication } from '../api'
import { navigate, situation } from '../../shared/kit'
import { both, s } from '../strings'
import { dateTime } from '../../shared/dates'
import { fail, isOffline } from '../../shared/feedback'
import { busy, say } from '../../shared/live'
import * as outbox from '../outbox'
import { type FormState, draftUrl, page } from './state'
import { startUpload } from './uploads'
import { signatures, spared } from './commitments'
import { readAll, dataOf, showProblems, serverProblems, clientProblems } from './problems'
import { paintActions } from './view'
import { forget, settle, writeLocal } from './autosave'

export function toInput(st: FormState): ApplicationInput {
  const materials = Object.values(st.slots)
    .filter((sl) => sl.state === 'done' && sl.upload && !spared(st, sl.material))
    .map((sl) => ({ material: sl.material, upload: sl.upload as string }))
  const form = page.form as ApplyForm
  return {
    code: form.code,
    data: dataOf(st),
    materials,
    idempotencyKey: st.key,
    draftId: st.draftId,
    commitments: signatures(st),
    onBehalfOf: st.forId,
    ...situation().choiceVars(st.choice),
  }
}

export async function queue(root: HTMLElement, st: FormState): Promise<boolean> {
  const input = toInput(st)
  const files = Object.values(st.slots)
    .filter((sl) => sl.file && (sl.state === 'waiting' || (sl.state === 'failed' && !sl.refused)))
    .map((sl) => ({ material: sl.material, blob: sl.file as Blob, name: sl.name ?? sl.material }))
  try {
    await outbox.enqueue({
      key: st.key,
      userId: st.userId,
      code: input.code,
      name: (page.form as ApplyForm).name,
      input,
      files,
      queuedAt: new Date().toISOString(),
      state: 'waiting',
    })
  } catch {
    say(root, 'alert', s().offline, 'bad') // no IndexedDB (private browsing): nothing kept
    return false
  }
  forget(st) // the outbox keeps it now
  st.phase = 'queued'
  paintActions(root, st)
  say(root, 'status', s().queued, 'ok')
  return true
}

export async function submit(root: HTMLElement, st: FormState): Promise<void> {
  readAll(root, st)
  clientProblems(st)
  if (Object.keys(st.problems).length) return showProblems(root, st)
  showProblems(root, st, false)
  const done = busy(root.querySelector<HTMLButtonElement>('#submit'), s().submitting)
  try {
    await settle()
    await Promise.all(Object.values(st.slots).map((sl) => sl.job ?? Promise.resolve()))
    // Files that could not be sent yet: try again now if there seems to be a connection.
    const pending = () => Object.values(st.slots).filter((sl) => sl.file && (sl.state === 'waiting' || (sl.state === 'failed' && !sl.refused)))
    if (pending().length && navigator.onLine !== false) await Promise.all(pending().map((sl) => startUpload(st, sl)))
    clientProblems(st)
    if (Object.keys(st.problems).length) return showProblems(root, st)
    if (pending().length || navigator.onLine === false) {
      await queue(root, st)
      return
    }
    let result
    try {
      result = await submitApplication(toInput(st))
    } catch (err) {
      if (isOffline(err)) {
        await queue(root, st)
        return
      }
      throw err
    }
    if (isError(result)) {
      serverProblems(st, result)
      return showProblems(root, st)
    }
    page.state = null
    forget(st)
    void outbox.remove(st.key).catch(() => undefined) // reopened from the outbox: sent now
    navigate(`/applications/${encodeURIComponent(result.application.id)}?new=1`)
    void import('../../inbox/push').then((m) => m.offerPush(), () => false) // the "开启通知" card (src/inbox/push.ts)
  } catch (err) {
    fail(root, 'alert', err)
  } finally {
    done()
  }
}

/** Save the form as a draft; true when the page must be drawn again (a newer draft was loaded instead). */
export async function save(root: HTMLElement, st: FormState): Promise<boolean> {
  readAll(root, st)
  const t = s()
  const done = busy(root.querySelector<HTMLButtonElement>('#save-draft'), t.saving)
  try {
    await settle()
    await Promise.all(Object.values(st.slots).map((sl) => sl.job ?? Promise.resolve()))
    const { idempotencyKey: _key, commitments: _signed, ...input } = toInput(st) // signed when submitting
    const result = await saveDraft(input, st.version)
    if (isError(result)) {
      if (result.code === 'DRAFT_CONFLICT' && st.draftId) {
        await loadDraft(st, st.draftId)
        st.notice = { text: { zh: both.zh.draftConflict, en: both.en.draftConflict }, tone: 'bad' }
        return true
      }
      serverProblems(st, result)
      showProblems(root, st)
      return false
    }
    st.draftId = result.id
    st.version = result.version
    writeLocal(st)
    st.problems = {}
    showProblems(root, st, false)
    history.replaceState(history.state, '', draftUrl(result.code, result.id, st.forId))
    say(root, 'status', t.draftSaved(dateTime(new Date().toISOString())), 'ok')
  } catch (err) {
    fail(root, 'alert', err)
  } finally {
    done()
  }
  return false
}

export async function loadDraft(st: FormState, id: string): Promise<Application | null> {
  const app = await application(id)
  if (app.status !== 'DRAFT') return app
  st.draftId = app.id
  st.version = app.version
  st.values = { ...(app.data) }
  for (const m of app.materials) {
    if (m.upload) st.slots[m.material] = { material: m.material, state: 'done', upload: m.upload, name: '' }
  }
  return app
}
