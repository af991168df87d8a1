/** The helper's home (/helper): the people a helper may act for, and what each consent covers. */
export const zh = {
  helpingTitle: '帮办代办',
  helpingLead: '以下是已授权您代办的群众。点“代 … 申请”填写申请表；提交、补正和进度跟踪都会以“由您代办”记录，申请人和窗口都能看到。',
  askConsent: '请群众授权',
  myFiled: '我代办的办件',
  nobody: '还没有群众授权您代办。请先让群众扫码授权。',
  actsFor: (n: string) => `代办对象：${n}`,
  applyFor: (n: string) => `代 ${n} 申请`,
  applyForNamed: (what: string, n: string) => `代 ${n} 申请${what}`,
  coversApplication: '可代为补正、查看进度',
  validTill: (d: string) => `授权有效至 ${d}`,
  startHelping: '开始代办',
}

export const en: typeof zh = {
  helpingTitle: 'Helping citizens (帮办代办)',
  helpingLead: 'These citizens consented to your acting for them. “Apply for them” opens the form; submitting, corrections and tracking are recorded as done by you for them, which they and the windows see.',
  askConsent: 'Ask a citizen for consent',
  myFiled: 'Applications I filed for others',
  nobody: 'No citizen has consented yet. Ask one to scan a consent code first.',
  actsFor: (n: string) => `Acting for ${n}`,
  applyFor: (n: string) => `Apply for ${n}`,
  applyForNamed: (what: string, n: string) => `Apply for ${n}: ${what}`,
  coversApplication: 'You may answer corrections and track it',
  validTill: (d: string) => `Consent valid until ${d}`,
  startHelping: 'Start helping',
}
