/**
 * UI strings of the inbox, the notification settings and the "turn on notifications" prompt, zh-CN
 * first and English. The language is read from <html lang> (src/prefs.ts sets it), so the prompt
 * works in any chunk that calls offerPush() without being handed the main bundle's preferences.
 */
const zh = {
  appName: '一次办',
  inboxTitle: '消息',
  inboxLead: '办件进展、补正通知、领取提醒都会出现在这里。',
  unread: (n: number) => (n ? `${n} 条未读` : '没有未读消息'),
  unreadMark: '未读',
  markAllRead: '全部标为已读',
  allRead: '已全部标为已读。',
  empty: '暂无消息。提交申请后，办理进展会出现在这里。',
  more: '加载更多',
  loading: '正在加载…',
  working: '请稍候…',
  failed: '操作失败，请稍后重试。',
  offline: '网络不可用，请联网后重试。',
  newMessages: '有新消息，已更新列表。',
  settingsTitle: '通知设置',
  settingsLead: '消息中心始终会收到通知；以下渠道可按需开启或关闭。',
  pushLabel: '推送通知',
  pushHint: '办件有进展时，在这台设备上直接弹出提醒，不打开应用也能看到。关闭后所有设备都不再推送。',
  pushDevices: (n: number) => `已开启推送的设备：${n} 台`,
  pushDenied: '浏览器已禁止本网站发送通知。请在浏览器的网站设置中允许“通知”，然后再开启。',
  pushUnsupported: '此浏览器不支持推送通知（iPhone 需先用 Safari “添加到主屏幕”，再从主屏幕打开）。办件进展仍会出现在消息中。',
  pushOn: '已开启推送通知。',
  pushOff: '已关闭推送通知。',
  smsLabel: '短信通知',
  smsHint: '补正、领取等重要进展同时发短信到您的手机。',
  smsOn: '已开启短信通知。',
  smsOff: '已关闭短信通知。',
  localeLabel: '推送和短信的语言',
  localeSaved: '已保存通知语言。',
  localeZh: '中文',
  localeEn: 'English',
  // the prompt another screen shows at a sensible moment (after submitting an application)
  offerTitle: '开启通知',
  offerText: '办件有进展（需要补正、已办结可领取）时第一时间提醒您。',
  offerYes: '开启通知',
  offerLater: '以后再说',
  offerClose: '知道了',
  offerDone: '已开启通知。可在“我的 → 消息与通知”中关闭。',
  offerDenied: '您没有允许通知。办理进展仍会出现在“我的 → 消息与通知”中，也可以稍后在那里开启。',
  offerFailed: '暂时无法开启通知，请稍后在“我的 → 消息与通知”中重试。',
  navUnread: (n: number) => `${n} 条未读消息`,
  signInFirst: '请先登录，再查看消息。',
  signIn: '登录',
}

export type Strings = typeof zh

const en: Strings = {
  appName: 'OneVisit',
  inboxTitle: 'Messages',
  inboxLead: 'News about your applications — corrections, approvals, pickup — shows up here.',
  unread: (n: number) => (n ? `${n} unread` : 'No unread messages'),
  unreadMark: 'Unread',
  markAllRead: 'Mark all as read',
  allRead: 'All messages marked as read.',
  empty: 'No messages yet. Once you apply, news about your application shows up here.',
  more: 'Load more',
  loading: 'Loading…',
  working: 'Please wait…',
  failed: 'Something went wrong. Please try again later.',
  offline: 'You are offline. Try again when connected.',
  newMessages: 'New messages: the list was updated.',
  settingsTitle: 'Notification settings',
  settingsLead: 'Messages always arrive here; turn the other channels on or off as you like.',
  pushLabel: 'Push notifications',
  pushHint: 'A notification on this device as soon as something happens, even with the app closed. Turning it off stops push on all your devices.',
  pushDevices: (n: number) => `Devices with push notifications: ${n}`,
  pushDenied: 'This browser blocks notifications from this site. Allow notifications in the site settings, then turn them on.',
  pushUnsupported:
    'This browser cannot receive push notifications (on an iPhone, add the app to the home screen in Safari and open it from there). News still arrives in Messages.',
  pushOn: 'Push notifications are on.',
  pushOff: 'Push notifications are off.',
  smsLabel: 'Text messages (SMS)',
  smsHint: 'Important news (corrections, pickup) also comes by text message.',
  smsOn: 'Text messages are on.',
  smsOff: 'Text messages are off.',
  localeLabel: 'Language of notifications and texts',
  localeSaved: 'Language saved.',
  localeZh: '中文',
  localeEn: 'English',
  offerTitle: 'Turn on notifications',
  offerText: 'Hear at once when there is news on your application (corrections needed, ready for pickup).',
  offerYes: 'Turn on notifications',
  offerLater: 'Not now',
  offerClose: 'OK',
  offerDone: 'Notifications are on. You can turn them off in Me → Messages and notifications.',
  offerDenied: 'Notifications were not allowed. News still arrives in Me → Messages and notifications, where you can turn them on later.',
  offerFailed: 'Notifications could not be turned on. Try again later in Me → Messages and notifications.',
  navUnread: (n: number) => (n === 1 ? '1 unread message' : `${n} unread messages`),
  signInFirst: 'Please sign in to see your messages.',
  signIn: 'Sign in',
}

export const isEn = (): boolean => document.documentElement.lang === 'en'
export const s = (): Strings => (isEn() ? en : zh)

export function when(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return new Intl.DateTimeFormat(isEn() ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(d)
}

export const pageTitle = (page: string): string => `${page} · ${s().appName}`
