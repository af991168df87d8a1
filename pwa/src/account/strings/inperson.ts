/** Consent in person, for someone without a smartphone (on the helper's tablet). */
export const zh = {
  inPersonTitle: '群众没有智能手机？',
  inPersonLead: '读取或输入群众的身份证号，请其用手机短信验证码确认，或在本平板上签名确认。授权范围和时长与上方相同。',
  idNumber: '群众身份证号',
  confirmBy: '确认方式',
  bySms: '短信验证码（发到群众登记的手机）',
  bySignature: '在平板上签名',
  startInPerson: '发起授权',
  smsSent: (phone: string) => `验证码已发送到 ${phone}，请群众把验证码告诉您。`,
  smsCode: '短信验证码',
  signHere: '请群众在框内签名',
  signPad: '签名板：用手指或触控笔在此签名',
  clearSignature: '重写',
  confirmConsent: '确认授权',
  confirmedInPerson: (name: string, until: string) => `${name} 已授权，有效期至 ${until}。`,
}

export const en: typeof zh = {
  inPersonTitle: 'No smartphone?',
  inPersonLead: 'Read or type the person’s resident ID number; they confirm with the code texted to their phone, or by signing on this tablet. Scope and duration as above.',
  idNumber: 'Their resident ID number',
  confirmBy: 'How they confirm',
  bySms: 'Texted code (to the mobile number on file)',
  bySignature: 'Signature on this tablet',
  startInPerson: 'Ask for consent',
  smsSent: (phone: string) => `A code was texted to ${phone}; ask the person to read it to you.`,
  smsCode: 'Texted code',
  signHere: 'Ask the person to sign in the box',
  signPad: 'Signature pad: sign here with a finger or stylus',
  clearSignature: 'Clear',
  confirmConsent: 'Confirm consent',
  confirmedInPerson: (name: string, until: string) => `${name} consented, until ${until}.`,
}
