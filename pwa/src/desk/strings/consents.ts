/** The staff desk's strings: helper consents looked up and revoked at a window (zh-CN, and English of the same shape). */
export const zh = {
  consentsTitle: '帮办授权查询与撤销',
  consentsLead: '群众到任一窗口要求撤销帮办代办授权时：核对身份证后输入号码，查看其授权并撤销。',
  consentsIdLabel: '群众的身份证号码',
  consentsFind: '查询授权',
  consentsNone: '没有找到该身份证号码的帮办授权。',
  consentsHelper: (name: string) => `帮办人员：${name}`,
  consentsScope: { BUNDLE: '一件事', ITEM: '事项', APPLICATION: '办件' } as Record<string, string>,
  consentsStatus: { PENDING: '等待确认', ACTIVE: '有效', REVOKED: '已撤销', DECLINED: '已拒绝' } as Record<string, string>,
  consentsUntil: (when: string) => `有效至 ${when}`,
  consentsRevoke: '撤销此授权',
  consentsRevoked: '已撤销该授权，帮办人员不能再代其办理。',
  consentsCard: '帮办授权撤销',
  consentsCardLead: '群众在窗口撤销帮办代办授权',
}

export const en: typeof zh = {
  consentsTitle: 'Helper consents at the window',
  consentsLead: 'When someone asks at any window to withdraw a helper’s consent: check the ID card, enter the number, and revoke.',
  consentsIdLabel: 'The person’s resident ID number',
  consentsFind: 'Find consents',
  consentsNone: 'No helper consents for this ID number.',
  consentsHelper: (name: string) => `Helper: ${name}`,
  consentsScope: { BUNDLE: 'Life event', ITEM: 'Service item', APPLICATION: 'Application' },
  consentsStatus: { PENDING: 'Waiting', ACTIVE: 'Active', REVOKED: 'Revoked', DECLINED: 'Declined' },
  consentsUntil: (when: string) => `Valid until ${when}`,
  consentsRevoke: 'Revoke this consent',
  consentsRevoked: 'Consent revoked: the helper can no longer act for this person.',
  consentsCard: 'Revoke helper consents',
  consentsCardLead: 'A person withdraws a helper’s consent at the window',
}
