/** Texts of the wallet and the verifier (zh-CN, en). Verdicts are always shown in both languages. */
import { bilingual } from '../shared/strings'
import type { Verdict } from './jws'

const zh = {
  verifyTitle: '核验电子证照',
  verifyLead: '扫描持证人出示的二维码，或粘贴二维码内容。签名在本机核验，离线也可使用；联网时还会检查证照是否被吊销或暂扣。',
  scan: '扫码核验',
  stopScan: '停止扫码',
  scanImage: '识别图片中的二维码',
  scanning: '请将二维码对准摄像头…',
  noCamera: '无法使用摄像头，请粘贴二维码内容或选择图片。',
  noCode: '图片中没有找到二维码。',
  tokenLabel: '二维码内容',
  tokenHint: '以 eyJ 开头的一串字符',
  check: '核验',
  keysSaved: (n: number) => `已保存 ${n} 个签发密钥，可离线核验签名。`,
  keysMissing: '尚未保存签发密钥：请联网打开本页一次。',
  licence: '证照',
  issuer: '签发机关',
  number: '证照编号',
  numberHidden: '未出示',
  holder: '持证人',
  issuedOn: '发证日期',
  expiresOn: '有效期至',
  noExpiry: '长期',
  presentedAt: '出示时间',
  qrValidUntil: '二维码有效至',
  statusOnline: '已联网核对吊销与暂扣状态。',
  statusSaved: (when: string) => `离线：按 ${when} 保存的状态清单核对吊销与暂扣。`,
  statusUnchecked: '离线：未能核对吊销与暂扣状态，请联网后再核验。',
  walletTitle: '我的电子证照',
  walletLead: '出示二维码即可亮证，办事时免交纸质证照。',
  walletEmpty: '还没有电子证照。办事审批通过后，证照会自动放入这里。',
  signInFirst: '请先登录查看您的电子证照。',
  signIn: '登录',
  savedCopy: '离线：显示已保存的证照清单。',
  showQr: '出示二维码',
  hideQr: '收起',
  disclose: '二维码中包含',
  qrValid: (when: string) => `二维码有效至 ${when}，出示后请收回。`,
  offlineQr: '出示二维码需要联网签发。',
  status: { ACTIVE: '有效', SUSPENDED: '已暂扣', REVOKED: '已吊销' } as Record<string, string>,
  verifyLink: '核验他人出示的证照',
  walletLink: '我的电子证照',
  problem: '出错了，请稍后再试。',
  idCardTitle: '居民身份证到期提醒',
  idCardLabel: '身份证有效期至',
  idCardHint: '见身份证背面“有效期限”。长期有效的请留空。',
  idCardSave: '保存',
  idCardDone: '已保存。',
  idCardUnknown: '填写有效期后，我们会在到期前提醒您换领。',
  idCardSaved: (on: string, days: readonly number[]) => `有效期至 ${on}，将在到期前 ${days.join(' 天和 ')} 天提醒您换领。`,
}
type Strings = typeof zh

const en: Strings = {
  verifyTitle: 'Verify a licence',
  verifyLead:
    'Scan the QR code the holder shows, or paste its text. The signature is checked on this device, offline too; online the licence is also checked for revocation and suspension.',
  scan: 'Scan a QR code',
  stopScan: 'Stop scanning',
  scanImage: 'Read a QR code from a picture',
  scanning: 'Point the camera at the QR code…',
  noCamera: 'The camera is not available: paste the QR text or choose a picture.',
  noCode: 'No QR code found in the picture.',
  tokenLabel: 'QR code text',
  tokenHint: 'A string starting with eyJ',
  check: 'Verify',
  keysSaved: (n: number) => `${n} issuer keys saved: signatures are checked offline too.`,
  keysMissing: 'No issuer keys saved yet: open this page online once.',
  licence: 'Licence',
  issuer: 'Issued by',
  number: 'Number',
  numberHidden: 'not shown',
  holder: 'Holder',
  issuedOn: 'Issued on',
  expiresOn: 'Valid until',
  noExpiry: 'no expiry',
  presentedAt: 'Shown at',
  qrValidUntil: 'QR valid until',
  statusOnline: 'Revocation and suspension checked online.',
  statusSaved: (when: string) => `Offline: revocation and suspension checked against the list saved ${when}.`,
  statusUnchecked: 'Offline: revocation and suspension could not be checked; verify again online.',
  walletTitle: 'My licences',
  walletLead: 'Show the QR code instead of the paper licence.',
  walletEmpty: 'No licences yet. When an application is approved, its licence appears here.',
  signInFirst: 'Sign in to see your licences.',
  signIn: 'Sign in',
  savedCopy: 'Offline: showing the saved list of licences.',
  showQr: 'Show QR code',
  hideQr: 'Hide',
  disclose: 'The QR code includes',
  qrValid: (when: string) => `QR code valid until ${when}; put it away after showing it.`,
  offlineQr: 'Showing a QR code needs a connection (it is signed by the issuer).',
  status: { ACTIVE: 'Active', SUSPENDED: 'Suspended', REVOKED: 'Revoked' },
  verifyLink: 'Verify someone else’s licence',
  walletLink: 'My licences',
  problem: 'Something went wrong; try again later.',
  idCardTitle: 'ID card expiry reminder',
  idCardLabel: 'ID card valid until',
  idCardHint: 'The “valid until” date on the back of the card. Leave it empty for a card valid for life.',
  idCardSave: 'Save',
  idCardDone: 'Saved.',
  idCardUnknown: 'Enter the date and we will remind you to renew the card before it expires.',
  idCardSaved: (on: string, days: readonly number[]) => `Valid until ${on}: we will remind you ${days.join(' and ')} days before.`,
}

export const s = bilingual(zh, en)

export interface Headline {
  title: string
  titleEn: string
  message: string
  tone: 'ok' | 'bad' | 'warn'
}

/** A valid signature says nothing about revocation: the headline says whether the status was checked, and when. */
export function validHeadline(checkedAt: string | null): Headline {
  return checkedAt
    ? {
        title: `签名有效，状态已于 ${checkedAt} 核验`,
        titleEn: `Signature valid, status checked at ${checkedAt}`,
        message: '未被吊销或暂扣 Not revoked or suspended',
        tone: 'ok',
      }
    : {
        title: '签名有效，状态未核验（离线）',
        titleEn: 'Signature valid, status not checked (offline)',
        message: '联网后再核验，才能确认是否被吊销或暂扣 Verify again online to know whether it was revoked or suspended',
        tone: 'warn',
      }
}

/** Verdicts: both languages at once (a verifier at a counter may not read the holder's language). */
export const VERDICT: Record<Exclude<Verdict, 'valid'>, { title: string; message: string; tone: 'ok' | 'bad' | 'warn' }> = {
  expired: { title: '已过期 Expired', message: '二维码已过期：请持证人重新出示 Ask the holder to show it again', tone: 'warn' },
  bad_signature: {
    title: '签名无效 Bad signature',
    message: '内容被篡改或不是本平台签发 Altered, or not issued here',
    tone: 'bad',
  },
  unknown_issuer: { title: '签发机关未知 Unknown issuer', message: '找不到该签发机关的密钥 No key of this issuer', tone: 'bad' },
  revoked: { title: '已吊销 Revoked', message: '该证照已被吊销 The licence has been revoked', tone: 'bad' },
  suspended: { title: '已暂扣 Suspended', message: '该证照已被暂扣 The licence is suspended', tone: 'bad' },
  malformed: { title: '无法识别 Not recognised', message: '不是电子证照二维码 Not a licence QR code', tone: 'bad' },
  no_keys: {
    title: '无法核验 Cannot verify',
    message: '尚未保存签发密钥：请联网打开本页一次 Open this page online once first',
    tone: 'warn',
  },
}


