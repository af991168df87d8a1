/**
 * /desk/staff (administrators): invite staff with roles, department and hall; suspend and reinstate;
 * re-enrol (a new invitation code, every earlier passkey and sign-in revoked). The invitation code is
 * shown once, with the enrolment address the server builds from its public base URL.
 */
import { html, isEn, type Html } from '../shared/kit'
import type { View } from '../views/view'
import { fetchStaff, inviteStaff, reenrollStaff, setSuspended, type Invitation, type Role, type StaffMember } from './staff-api'
import { s } from './strings'
import { deskParts, fail } from './ui'
import { alertRegion, busy, say, statusRegion } from '../shared/live'
import { badge } from '../shared/parts'
import { pageTitle } from '../shared/strings'

const ROLES: Role[] = ['WINDOW_CLERK', 'REVIEWER', 'SUPERVISOR', 'HELPER', 'ADMIN', 'LEADER', 'CATALOG_ADMIN']
type Place = { code: string; name: string; nameEn: string }
const placeName = (p: Place): string => (isEn() ? p.nameEn : p.name)

function inviteForm(departments: Place[], halls: Place[]): Html {
  const t = s()
  return html`<form id="invite" class="form" method="post" novalidate aria-labelledby="invite-h">
<h2 id="invite-h">${t.inviteH}</h2>
<div class="field"><label for="staff-name">${t.staffName}</label><input id="staff-name" required maxlength="64" autocomplete="off"></div>
<div class="field"><label for="staff-phone">${t.staffPhone}</label><input id="staff-phone" required inputmode="tel" maxlength="16" autocomplete="off"></div>
<fieldset class="choices"><legend>${t.staffRoles}</legend>${ROLES.map(
    (r) => html`<label class="choice"><input type="checkbox" name="role" value="${r}"> ${t.roles[r] ?? r}</label>`,
  )}</fieldset>
<div class="field"><label for="staff-dept">${t.staffDepartment}</label><select id="staff-dept"><option value="">${t.noDepartment}</option>${departments.map(
    (d) => html`<option value="${d.code}">${placeName(d)}</option>`,
  )}</select></div>
<div class="field"><label for="staff-hall">${t.staffHall}</label><select id="staff-hall"><option value="">${t.noDepartment}</option>${halls.map(
    (h) => html`<option value="${h.code}">${placeName(h)}</option>`,
  )}</select></div>
<p><button type="submit" class="btn" id="invite-submit">${t.inviteButton}</button></p></form>`
}

function invitationHtml(i: Invitation, lead: string): Html {
  const t = s()
  return html`<div class="notice" id="invitation"><p>${lead}</p>
<p>${t.codeShownOnce}: <strong class="code" id="invitation-code">${i.code}</strong></p>
<p>${t.enrollAt}: <a id="enroll-url" href="${i.url}">${i.url}</a></p></div>`
}

type Names = Map<string, string>

function memberHtml(m: StaffMember, me: string, names: Names): Html {
  const t = s()
  const self = m.id === me
  const roles = m.roles.map((r) => t.roles[r] ?? r).join('、')
  return html`<li class="task" id="staff-${m.id}"><div class="mat-h"><span class="mat-n">${m.name}${self ? t.you : ''}</span>
${m.suspended ? badge(t.suspendedBadge, 'bad') : ''} ${m.enrolled === false ? badge(t.notEnrolled, 'warn') : ''}</div>
<p class="m">${roles}${m.departmentCode ? ` · ${names.get(m.departmentCode) ?? m.departmentCode}` : ''}${m.hallCode ? ` · ${names.get(`hall:${m.hallCode}`) ?? m.hallCode}` : ''}${m.phone ? ` · ${m.phone}` : ''}</p>
${self ? '' : html`<p class="actions">${
    m.suspended
      ? html`<button type="button" class="btn alt small" data-do="reinstate" data-id="${m.id}" data-name="${m.name}">${t.reinstateButton}</button>`
      : html`<button type="button" class="btn alt small" data-do="suspend" data-id="${m.id}" data-name="${m.name}">${t.suspendButton}</button>
<button type="button" class="btn alt small" data-do="reenroll" data-id="${m.id}" data-name="${m.name}">${t.reenrollButton}</button>`
  }</p>`}</li>`
}

function listHtml(members: StaffMember[], me: string, names: Names): Html {
  const t = s()
  return html`<h2 id="staff-h">${t.listH}</h2>${
    members.length ? html`<ul class="tasks" id="staff-list">${members.map((m) => memberHtml(m, me, names))}</ul>` : html`<p class="empty">${t.noStaff}</p>`
  }`
}

function readForm(root: HTMLElement) {
  const value = (id: string): string => root.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value.trim() ?? ''
  const roles = [...root.querySelectorAll<HTMLInputElement>('input[name="role"]:checked')].map((c) => c.value as Role)
  return { name: value('staff-name'), phone: value('staff-phone'), roles, departmentCode: value('staff-dept') || null, hallCode: value('staff-hall') || null }
}

export async function staffPage(): Promise<View> {
  const t = s()
  const data = await fetchStaff()
  const me = data.me.id
  const names: Names = new Map([...data.departments.map((d) => [d.code, placeName(d)] as const), ...data.halls.map((h) => [`hall:${h.code}`, placeName(h)] as const)])
  return {
    title: pageTitle(t.staffTitle),
    body: html`<div class="desk" id="desk"><p class="crumbs-back"><a href="/desk">← ${t.backToDesk}</a></p>
<h1 tabindex="-1">${t.staffTitle}</h1>
<p class="lede">${t.staffLead}</p>
${alertRegion()}
${statusRegion()}
<div id="shown"></div>
${inviteForm(data.departments, data.halls)}
<div id="list">${listHtml(data.staffMembers, me, names)}</div></div>`,
    mount: (main) => {
      const parts = deskParts(main)
      if (!parts) return
      const { root, box } = parts
      const shown = root.querySelector<HTMLElement>('#shown')
      const show = (i: Invitation, lead: string): void => {
        if (shown) shown.innerHTML = invitationHtml(i, lead).value
        shown?.querySelector<HTMLElement>('#invitation-code')?.setAttribute('tabindex', '-1')
        shown?.querySelector<HTMLElement>('#invitation-code')?.focus()
      }
      const reload = async (): Promise<void> => {
        box.innerHTML = listHtml((await fetchStaff()).staffMembers, me, names).value
      }
      root.querySelector<HTMLFormElement>('#invite')?.addEventListener('submit', async (e) => {
        e.preventDefault()
        say(root, 'alert', '')
        const form = e.target as HTMLFormElement
        const undo = busy(root.querySelector<HTMLButtonElement>('#invite-submit'))
        try {
          const invitation = await inviteStaff(readForm(root))
          form.reset()
          undo()
          await reload()
          show(invitation, t.invited(invitation.name))
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
      box.addEventListener('click', async (e) => {
        const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-do]')
        const { do: action, id, name = '' } = button?.dataset ?? {}
        if (!button || !action || !id) return
        if (action === 'suspend' && !window.confirm(t.confirmSuspend(name))) return
        if (action === 'reenroll' && !window.confirm(t.confirmReenroll(name))) return
        say(root, 'alert', '')
        const undo = busy(button)
        try {
          if (action === 'reenroll') {
            const invitation = await reenrollStaff(id)
            await reload()
            show(invitation, t.reenrolled(name))
            return
          }
          await setSuspended(id, action === 'suspend')
          await reload()
          say(root, 'status', action === 'suspend' ? t.suspendedDone(name) : t.reinstatedDone(name), 'ok')
          root.querySelector<HTMLElement>('#status')?.focus()
        } catch (err) {
          undo()
          fail(root, 'alert', err)
        }
      })
    },
  }
}
