/**
 * /apply/<code>: the one merged form of an item or a bundle (applyForm), its materials uploaded as
 * they are chosen, drafts on the server (continue on another device), and the submission, which is
 * kept in the outbox when there is no connection and sent once when there is.
 *
 * ?draft=<id> continues a draft; ?outbox=<key> reopens a submission waiting in the outbox; ?for=<id>:
 * a helper (帮办代办) applies for that person (onBehalfOf), who consented to it.
 */
import { currentUser, SignInNeeded } from '../../shared/session'
import { type View } from '../../views/view'
import { type Application, type ApplicationError, type ApplyForm, applyForm, isError } from '../api'
import { type Choice, guide, html, navigate, situation } from '../../shared/kit'
import { choiceFrom } from './situation'
import { both, s } from '../strings'
import { errorText, isOffline } from '../../shared/feedback'
import { newKey } from '../../shared/parts'
import { pageTitle } from '../../shared/strings'
import * as outbox from '../outbox'
import { type FormState, page } from './state'
import { serverProblems } from './problems'
import { bodyHtml, signInFirst, offlineView } from './view'
import { loadDraft } from './send'
import { wire } from './wire'
import * as autosave from './autosave'

/** The form of an item or bundle, with its guide (names in both languages), or the page to show instead. */
async function loadForm(code: string, forId: string | null, choice: Choice): Promise<ApplyForm | View> {
  let loaded: ApplyForm | ApplicationError
  try {
    const vars = situation().choiceVars(choice)
    ;[loaded, page.guide] = await Promise.all([applyForm(code, forId, vars), guide(code).catch(() => null)])
  } catch (err) {
    if (err instanceof SignInNeeded) return signInFirst(code)
    if (isOffline(err)) return offlineView(code)
    throw err
  }
  if (!isError(loaded)) return loaded
  return {
    title: pageTitle(s().apply),
    body: html`<h1 tabindex="-1">${s().apply}</h1><p class="notice">${errorText(loaded)}</p>
<p><a class="btn alt" href="/g/${encodeURIComponent(code)}">${s().backToGuide}</a></p>`,
  }
}

/**
 * Whether the form kept from before is not this one. A sent form is shown again only while its
 * page is redrawn (language, 关怀版): the old form is still on screen then. Coming back later
 * starts a new form, with a new key.
 */
function stale(st: FormState | null, loaded: ApplyForm, userId: string, query: URLSearchParams): boolean {
  const draftId = query.get('draft')
  const outboxKey = query.get('outbox')
  const redrawing = !!document.getElementById('apply-form')
  return (
    !st ||
    (st.phase === 'sent' && !redrawing) ||
    st.code !== loaded.code ||
    st.userId !== userId ||
    st.forId !== query.get('for') ||
    (draftId !== null && st.draftId !== draftId) ||
    (outboxKey !== null && st.key !== outboxKey)
  )
}

const blank = (loaded: ApplyForm, userId: string, forId: string | null, choice: Choice): FormState => ({
  choice,
  code: loaded.code,
  userId,
  key: newKey(),
  values: { ...loaded.prefill },
  slots: {},
  draftId: null,
  forId,
  version: null,
  problems: {},
  phase: 'editing',
})

/** A submission waiting in the outbox, opened again to change it (its key stays: it is sent once). */
async function reopen(st: FormState, key: string, userId: string): Promise<void> {
  const o = await outbox.get(key).catch(() => undefined)
  if (!o || o.userId !== userId) return
  st.key = o.key
  st.values = { ...o.input.data }
  st.draftId = o.input.draftId ?? null
  for (const m of o.input.materials) st.slots[m.material] = { material: m.material, state: 'done', upload: m.upload, name: '' }
  st.commitments = Object.fromEntries((o.input.commitments ?? []).map((c) => [c.item, c.version]))
  for (const f of o.files) {
    st.slots[f.material] = {
      material: f.material,
      state: 'waiting',
      file: f.blob,
      name: f.name,
      pdf: f.blob.type === 'application/pdf',
      preview: f.blob.type.startsWith('image/') ? URL.createObjectURL(f.blob) : undefined,
    }
  }
  if (o.state === 'waiting') st.phase = 'queued'
  else if (o.error) serverProblems(st, o.error)
}

/** A draft that was submitted meanwhile: its progress page instead. */
const submittedView = (app: Application): View => ({
  title: pageTitle(app.name),
  body: html`<p><a href="/applications/${encodeURIComponent(app.id)}">${app.name}</a></p>`,
  mount: () => navigate(`/applications/${encodeURIComponent(app.id)}`, true),
})

export async function applyPage(code: string, query: URLSearchParams, signedIn: boolean): Promise<View> {
  if (!signedIn) {
    page.state = null
    return signInFirst(code)
  }
  const forId = query.get('for')
  const choice = choiceFrom(code, query)
  const loaded = await loadForm(code, forId, choice)
  if ('body' in loaded) return loaded
  page.form = loaded
  const userId = currentUser()?.userId ?? ''
  const draftId = query.get('draft')
  const outboxKey = query.get('outbox')
  let st = page.state
  if (!st || stale(st, loaded, userId, query)) {
    st = blank(loaded, userId, forId, choice)
    autosave.prune()
    const kept = autosave.readLocal(userId, loaded.code, forId)
    if (draftId) {
      const app = await loadDraft(st, draftId)
      if (app && app.status !== 'DRAFT') return submittedView(app)
      st.notice = { text: { zh: both.zh.draftLoaded, en: both.en.draftLoaded }, tone: 'ok' }
      autosave.restore(st, kept) // what was typed after the draft's last save
    } else if (outboxKey) await reopen(st, outboxKey, userId)
    else if (autosave.restore(st, kept)) st.notice = { text: { zh: both.zh.restored, en: both.en.restored }, tone: 'ok' }
  }
  st.choice = choice
  const here = st
  page.state = page.current = here
  return {
    title: pageTitle(s().applyTitle(loaded.name)),
    body: bodyHtml(here),
    mount: (root) => wire(root, here),
  }
}
