/**
 * 演示登录 / demo sign-in: on the sign-in page of a demo (`./run.sh demo`) only, one button per role
 * that signs in without a passkey, and a link to the texts the demo would have sent (/demo/sms).
 * The server answers /demo/accounts only in a demo (not in production): anywhere else the panel
 * stays empty and hidden.
 */
import { html, isEn, navigate } from '../shared/kit'
import { startSession, type Session } from '../shared/session'
import { bilingual } from '../shared/strings'
import { alertRegion, busy, say } from '../shared/live'

interface DemoAccount {
  key: string
  name: string
  label: string
  labelEn: string
  home: string
}

const s = bilingual(
  {
    title: '演示登录',
    lead: '这是演示环境：选择一个身份，无需通行密钥即可体验各个页面。正式环境没有此功能。',
    sms: '查看演示短信（验证码等）',
    failed: '演示登录失败，请刷新后重试。',
  },
  {
    title: 'Demo sign-in',
    lead: 'This is a demo: pick a role to try its screens without a passkey. Production has no such thing.',
    sms: 'The demo’s text messages (codes)',
    failed: 'The demo sign-in failed; reload and try again.',
  },
)

export const demoPlace = (): ReturnType<typeof html> => html`<section id="demo-signin" class="demo-signin" hidden aria-labelledby="demo-h"></section>`

async function accounts(): Promise<{ accounts: DemoAccount[]; sms: string } | null> {
  try {
    const res = await fetch('/demo/accounts', { headers: { accept: 'application/json' }, cache: 'no-store' })
    if (!res.ok || !(res.headers.get('content-type') ?? '').includes('json')) return null
    return (await res.json()) as { accounts: DemoAccount[]; sms: string }
  } catch {
    return null
  }
}

/** `next`: where the sign-in was asked from (an app's consent screen, a page needing a session); else each role's home. */
export async function mountDemo(root: HTMLElement, next = '/me'): Promise<void> {
  const place = root.querySelector<HTMLElement>('#demo-signin')
  const found = place ? await accounts() : null
  if (!place || !found) return
  const t = s()
  const en = isEn()
  place.innerHTML = html`<h2 id="demo-h">${t.title} <span lang="${en ? 'zh-CN' : 'en'}">${en ? '演示登录' : 'Demo sign-in'}</span></h2>
<p class="notice">${t.lead}</p>${alertRegion('demo-alert')}
<ul class="demo-accounts">${found.accounts.map(
    (a) => html`<li><button type="button" class="btn alt block" data-demo="${a.key}" data-home="${a.home}">${en ? a.labelEn : a.label} · ${a.name}</button></li>`,
  )}</ul>
<p><a href="${found.sms}" target="_blank" rel="noopener" id="demo-sms">${t.sms}</a></p>`.value
  place.hidden = false
  place.addEventListener('click', async (e) => {
    const button = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-demo]')
    if (!button?.dataset.demo) return
    const undo = busy(button)
    try {
      const res = await fetch('/demo/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-onevisit-csrf': '1' },
        credentials: 'same-origin',
        body: JSON.stringify({ account: button.dataset.demo }),
      })
      if (!res.ok) throw new Error(String(res.status))
      startSession((await res.json()) as Session)
      navigate(next !== '/me' ? next : (button.dataset.home ?? '/me'), true)
    } catch {
      undo()
      say(place, 'demo-alert', t.failed, 'bad')
    }
  })
}
