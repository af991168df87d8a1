/**
 * The inbox's messages on the page: opening one (marked read first), marking all read, loading
 * more, showing a message a push brought.
 */
import { navigate } from '../shared/kit'
import { SignInNeeded } from '../shared/session'
import { inboxPage, markRead, PAGE_SIZE } from './api'
import { s } from './strings'
import { fail } from '../shared/feedback'
import { busy, say } from '../shared/live'
import { MARK_WAIT_MS, items } from './view'

/** The inbox's list on the page: the unread count it shows, and the messages drawn as read. */
export interface List {
  root: HTMLElement
  list: HTMLUListElement
  unread: number
}

export function showUnread(l: List, count: number): void {
  l.unread = count
  say(l.root, 'ib-unread', s().unread(count))
  const all = l.root.querySelector<HTMLButtonElement>('#ib-mark-all')
  if (all) all.hidden = count === 0
}

export function markShown(l: List, ids: string[]): void {
  for (const id of ids) {
    const li = l.list.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`)
    li?.classList.remove('unread')
    li?.querySelector('.ib-flag')?.remove()
  }
}

/** A message tapped: marked read (waiting a moment for the server), then its page opened. */
export async function open(l: List, link: HTMLAnchorElement): Promise<void> {
  const id = link.dataset.id ?? ''
  const li = link.closest('li')
  const target = link.getAttribute('href') ?? '/inbox'
  if (li?.classList.contains('unread')) {
    markShown(l, [id])
    showUnread(l, Math.max(0, l.unread - 1))
    const marked = markRead([id]).then(
      (count) => showUnread(l, count),
      (err: unknown) => {
        if (err instanceof SignInNeeded) return fail(l.root, 'ib-alert', err)
        li.classList.add('unread') // still unread on the server: show it so
      },
    )
    await Promise.race([marked, new Promise((resolve) => window.setTimeout(resolve, MARK_WAIT_MS))])
  }
  if (target !== location.pathname + location.search) navigate(target)
}

/** Everything read, the unread ones not loaded yet too (the server has no "mark all"). */
export async function markAll(l: List, button: HTMLButtonElement): Promise<void> {
  const { root, list } = l
  say(root, 'ib-alert', '')
  const undo = busy(button)
  try {
    const ids = new Set([...list.querySelectorAll<HTMLElement>('li.unread')].map((li) => li.dataset.id ?? ''))
    let after = root.querySelector<HTMLButtonElement>('#ib-more')?.dataset.after || null
    for (let pages = 0; after && ids.size < l.unread && pages < 10; pages++) {
      const next = await inboxPage(after, 100)
      next.nodes.filter((m) => !m.readAt).forEach((m) => ids.add(m.id))
      after = next.nextCursor
    }
    const left = await markRead([...ids])
    markShown(l, [...ids])
    showUnread(l, left)
    say(root, 'ib-unread', `${s().allRead} ${s().unread(left)}`)
  } catch (err) {
    fail(root, 'ib-alert', err)
  } finally {
    undo()
    if (l.unread === 0) root.querySelector<HTMLElement>('h1')?.focus()
  }
}

/** The next page of messages. */
export async function more(l: List, button: HTMLButtonElement): Promise<void> {
  const undo = busy(button)
  try {
    const next = await inboxPage(button.dataset.after || null, PAGE_SIZE)
    const first = l.list.children.length
    l.list.insertAdjacentHTML('beforeend', items(next.nodes).value)
    showUnread(l, next.unreadCount)
    button.dataset.after = next.nextCursor ?? ''
    if (button.parentElement) button.parentElement.hidden = !next.nextCursor
    l.list.children[first]?.querySelector<HTMLElement>('a')?.focus()
  } catch (err) {
    fail(l.root, 'ib-alert', err)
  } finally {
    undo()
  }
}

/** A push arrived while the inbox is open (the service worker tells its pages): show the new messages. */
export async function pushed(l: List): Promise<void> {
  try {
    const page = await inboxPage(null, PAGE_SIZE)
    const known = new Set([...l.list.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset.id))
    const fresh = page.nodes.filter((m) => !known.has(m.id))
    if (!fresh.length) return
    l.list.insertAdjacentHTML('afterbegin', items(fresh).value)
    l.root.querySelector('#ib-empty')?.remove()
    showUnread(l, page.unreadCount)
    say(l.root, 'ib-unread', `${s().newMessages} ${s().unread(page.unreadCount)}`)
  } catch {
    /* the list stays as it is; the next visit shows the new one */
  }
}

export function mountList(root: HTMLElement, initialUnread: number): void {
  const list = root.querySelector<HTMLUListElement>('#ib-list')
  if (!list) return
  const l: List = { root, list, unread: initialUnread }
  list.addEventListener('click', (e) => {
    const link = (e.target as Element).closest<HTMLAnchorElement>('a.ib-link')
    if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault() // opened once the message is marked read (or the wait is over)
    void open(l, link)
  })
  root.querySelector<HTMLButtonElement>('#ib-mark-all')?.addEventListener('click', (e) => void markAll(l, e.currentTarget as HTMLButtonElement))
  root.querySelector<HTMLButtonElement>('#ib-more')?.addEventListener('click', (e) => void more(l, e.currentTarget as HTMLButtonElement))
  if (!('serviceWorker' in navigator)) return
  const onMessage = (e: MessageEvent) => {
    if (!list.isConnected) return navigator.serviceWorker.removeEventListener('message', onMessage)
    if ((e.data as { type?: string } | null)?.type === 'ov-push') void pushed(l)
  }
  navigator.serviceWorker.addEventListener('message', onMessage)
}
