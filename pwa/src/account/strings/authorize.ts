/** The consent screen of /oauth/authorize: a mini-program asks to act for the citizen. */
export const zh = {
  authorizeTitle: '授权确认',
  authorizeAsks: (name: string) => `“${name}”想要：`,
  authorizeWhere: (host: string) => `同意后将返回：${host}`,
  authorizeAlready: '（以前已同意过）',
  authorizeNote: '只同意您信任的应用。以后可以随时在“我的 → 我的授权 → 小程序授权”中撤销。',
  authorizeApprove: '同意授权',
  authorizeDeny: '不同意',
  authorizeWrites: '请注意：它可以用您的名义提交申请',
  authorizeLeaving: '正在返回应用……',
  authorizeStopped: '授权无法继续',
  authorizeCitizenOnly: '只有办事群众本人可以授权应用。',
}

export const en: typeof zh = {
  authorizeTitle: 'Allow access',
  authorizeAsks: (name: string) => `“${name}” would like to:`,
  authorizeWhere: (host: string) => `Afterwards you go back to: ${host}`,
  authorizeAlready: '(you allowed this before)',
  authorizeNote: 'Only allow apps you trust. You can withdraw this at any time under Me → My consents → Mini-programs.',
  authorizeApprove: 'Allow',
  authorizeDeny: 'Don’t allow',
  authorizeWrites: 'Note: it can submit applications in your name',
  authorizeLeaving: 'Going back to the app…',
  authorizeStopped: 'This request cannot go on',
  authorizeCitizenOnly: 'Only the citizen themselves can allow an app.',
}
