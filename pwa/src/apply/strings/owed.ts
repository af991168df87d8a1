/** 容缺: what the applicant still owes after a deferred acceptance (zh-CN, and English of the same shape). */
export const zh = {
  owedTitle: '待补交的容缺材料',
  owedLead: '您的申请已容缺受理。请在期限前上传下列材料，窗口核验通过后，相关部门继续办理、发放证照。',
  owedDue: (d: string) => `请于 ${d}前补交`,
  owedLate: (d: string) => `已于 ${d}到期，相关部门已暂停办理，请尽快补交`,
  owedChecking: '已补交，窗口核验中',
  owedSentBack: '窗口退回，请重新上传',
  owedHandedIn: (n: string) => `“${n}”已补交，等待窗口核验。`,
  pausedBecause: (why: string) => `暂停计时：${why}`,
}

export const en: typeof zh = {
  owedTitle: 'Deferred materials still to hand in',
  owedLead: 'Your application was accepted with materials to follow (容缺). Upload them by their due dates; once the window has checked them, the departments go on and issue the licences.',
  owedDue: (d: string) => `Hand it in by ${d}`,
  owedLate: (d: string) => `It was due on ${d}: the departments waiting for it have paused. Hand it in soon`,
  owedChecking: 'Handed in: the window is checking it',
  owedSentBack: 'Sent back by the window: upload it again',
  owedHandedIn: (n: string) => `“${n}” was handed in; the window will check it.`,
  pausedBecause: (why: string) => `Paused: ${why}`,
}
