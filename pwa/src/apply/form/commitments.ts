/**
 * 告知承诺 on the form: each item that offers it shows its commitment's full text (the Chinese text is
 * what is signed; the English is a translation) and a box the signed-in applicant or their helper
 * ticks to sign it. The version shown goes with the submission. A material is spared when every item
 * of the form that asks for it was signed for and its commitment replaces it (the server's rule,
 * api/commitments/rules.py): its row leaves the upload list.
 */
import { type CommitmentOffer } from '../api'
import { html, isEn, pick, type Html } from '../../shared/kit'
import { currentUser } from '../../shared/session'
import { s } from '../strings'
import { type FormState, page } from './state'

const offers = (): CommitmentOffer[] => page.form?.commitments ?? []

/** The items of the form that ask for a material (a bundle's merged list says which; an item asks itself). */
function askers(material: string): string[] {
  const g = page.guide
  if (g?.__typename === 'Bundle') return g.materials.find((m) => m.material.code === material)?.usedBy ?? []
  return page.form ? [page.form.code] : []
}

/** Whether the signed commitments spare the applicant this material. */
export function spared(st: FormState, material: string): boolean {
  const signed = st.commitments ?? {}
  const users = askers(material)
  return (
    users.length > 0 &&
    users.every((item) => signed[item] !== undefined && !!offers().find((o) => o.item === item)?.replaces.some((r) => r.code === material))
  )
}

function offerHtml(o: CommitmentOffer, st: FormState): Html {
  const t = s()
  const id = `cm-${o.item}`
  const item = pick(o.itemName, o.itemNameEn)
  const signer = currentUser()?.name ?? t.commitmentSigner
  const on = st.commitments?.[o.item] === o.version
  return html`<div class="commitment" id="${id}" data-item="${o.item}">
<h3 id="${id}-h">${t.commitmentItem(item, o.version)}</h3>
<p class="m">${t.commitmentReplaces(o.replaces.map((r) => pick(r.name, r.nameEn)).join(pick('、', ', ')))} · ${t.commitmentCheckedIn(o.verifyWithin, o.departmentName)}</p>
<div class="cm-text" id="${id}-text" tabindex="0" role="region" aria-label="${t.commitmentTextLabel(item)}" lang="zh-CN">${o.text}</div>
${isEn() ? html`<details class="cm-en"><summary>${t.commitmentTranslation}</summary><p lang="en">${o.textEn}</p></details>` : ''}
<div class="check"><input type="checkbox" id="${id}-sign" data-commitment="${o.item}" data-version="${o.version}" aria-describedby="${id}-text"${on ? html` checked` : ''}>
<label for="${id}-sign">${t.commitmentSign(signer)}</label></div>
</div>`
}

export function commitmentsHtml(st: FormState): Html {
  const list = offers()
  if (!list.length) return html``
  const t = s()
  return html`<section class="sec commitments" aria-labelledby="cm-h">
<h2 id="cm-h">${t.commitmentSection}</h2>
<p class="hint">${t.commitmentLead}</p>
${list.map((o) => offerHtml(o, st))}
</section>`
}

/** A commitment box ticked or cleared: kept with the version it showed (the caller redraws the materials). */
export function sign(st: FormState, box: HTMLInputElement): void {
  const item = box.dataset.commitment ?? ''
  st.commitments ??= {}
  if (box.checked) st.commitments[item] = Number(box.dataset.version)
  else delete st.commitments[item]
}

/** What the submission sends: the commitments signed, each at the version shown. */
export const signatures = (st: FormState): { item: string; version: number }[] =>
  Object.entries(st.commitments ?? {}).map(([item, version]) => ({ item, version }))
