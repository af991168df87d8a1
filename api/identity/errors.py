"""Every failure of identity and access: the member's name is the code clients see (unchanged), its value
the message in zh-CN and English (``str.format`` placeholders filled by ``Failure(..., name=value)``)."""

from __future__ import annotations

from api.failures import ErrorCode


class IdentityError(ErrorCode):
    # --- signing up and in ------------------------------------------------------------------------
    HTTP_REQUIRED = ("请通过 HTTP 登录", "Sign in over HTTP POST /graphql, not a WebSocket")
    UNAUTHENTICATED = ("请先登录", "Sign in first")
    CODE_INVALID = ("验证码错误或已过期", "The code is wrong or has expired")
    NOT_REGISTERED = (
        "该手机号尚未注册，请填写姓名和身份证号完成注册",
        "No account uses this phone number yet: add your name and ID number to sign up",
    )
    ACCOUNT_DISABLED = ("账户已停用，请到窗口咨询", "This account is disabled; ask at a window")
    PASSKEY_REQUIRED = ("工作人员须使用通行密钥登录", "Staff sign in with a passkey, not a text code")
    RATE_LIMITED = ("尝试次数过多，请 {minutes} 分钟后再试", "Too many attempts; try again in {minutes} min")
    INVALID_NAME = ("请填写{what}", "Enter {what_en}")
    NOT_FOUND = ("未找到{what}", "No such {what_en}")

    # --- passkeys (WebAuthn ceremonies) and staff invitations --------------------------------------
    PASSKEY_REJECTED = ("通行密钥验证失败：{reason}", "The passkey response was rejected: {reason}")
    CHALLENGE_UNKNOWN = ("验证请求无效，请重试", "Unknown challenge; start again")
    CHALLENGE_USED = ("验证请求已使用过，请重试", "This challenge was already used; start again")
    CHALLENGE_EXPIRED = ("验证已超时，请重试", "The challenge expired; start again")
    TOO_MANY_PASSKEYS = ("最多可添加 {limit} 个通行密钥", "At most {limit} passkeys")
    PASSKEY_EXISTS = ("该通行密钥已登记", "This passkey is already registered")
    PASSKEY_UNKNOWN = ("未找到该通行密钥，请先注册", "This passkey is not registered here")
    PASSKEY_CLONED = (
        "该通行密钥的计数器倒退，可能已被复制，已拒绝登录",
        "The passkey's signature counter went back: it may have been cloned",
    )
    LAST_PASSKEY = (
        "这是最后一个通行密钥，删除后将无法登录",
        "This is your last passkey: without it you could not sign in",
    )
    INVITATION_INVALID = ("邀请码{state}，请联系管理员", "The invitation {state_en}; ask an administrator")

    # --- access tokens and refresh tokens ---------------------------------------------------------
    TOKEN_MALFORMED = ("令牌格式错误", "The token is malformed")
    TOKEN_ALGORITHM = ("不接受签名算法 {alg}", "Signature algorithm {alg} is not accepted (only {allowed})")
    TOKEN_TYPE = ("不是访问令牌", "Not an access token")
    TOKEN_UNKNOWN_KEY = ("令牌签名密钥未知", "The token's signing key is unknown")
    TOKEN_EXPIRED = ("登录已过期，请刷新", "The access token has expired")
    TOKEN_AUDIENCE = ("令牌不是给本服务的", "The token is for another audience")
    TOKEN_ISSUER = ("令牌签发者不正确", "The token was issued by someone else")
    TOKEN_SIGNATURE = ("令牌签名无效", "The token's signature is invalid")
    TOKEN_INVALID = ("令牌无效", "The token is invalid: {reason}")
    REFRESH_INVALID = ("登录已失效，请重新登录", "The refresh token is not valid; sign in again")
    REFRESH_REUSED = (
        "检测到登录凭据被重复使用，已退出所有相关登录，请重新登录",
        "This refresh token was already used: every session it belongs to is signed out",
    )

    # --- identity numbers -------------------------------------------------------------------------
    INVALID_ID_NUMBER = (
        "身份证号码{part}不正确{hint}",
        "The {part_en} of the resident ID number is wrong{hint_en}",
    )
    INVALID_CREDIT_CODE = (
        "统一社会信用代码{part}不正确{hint}",
        "The {part_en} of the unified social credit code is wrong{hint_en}",
    )
    INVALID_PHONE = ("手机号码应为11位，以1开头", "A mobile number has 11 digits starting with 1")
    NOTE_TOO_LONG = ("说明不超过 {limit} 字", "At most {limit} characters")
    CLAIM_RESOLVED = ("该申请已处理", "This claim was already resolved")
    ID_NUMBER_MISMATCH = (
        "身份证号码与账户登记的不一致",
        "The ID card's number is not the one on this account",
    )

    # --- businesses and staff ---------------------------------------------------------------------
    INVALID_ROLES = ("请选择工作人员角色", "Choose one or more staff roles")
    DEPARTMENT_REQUIRED = ("审批人员须绑定一个部门", "A reviewer must belong to one department")
    PHONE_REGISTERED = ("该手机号已注册", "This phone number is already registered")
    UNKNOWN_HALL = ("没有编号为 {code} 的服务大厅", "No service hall with code {code}")
    STAFF_SELF = ("不能停用或重新登记自己的账户", "You cannot suspend or re-enrol your own account")

    # --- helpers' consent -------------------------------------------------------------------------
    CONSENT_DURATION = (
        "授权时长应在 1 到 {max_hours} 小时之间",
        "A consent lasts between 1 and {max_hours} hours",
    )
    CONSENT_CODE_INVALID = (
        "授权码无效、已过期或已被处理，请让帮办人员重新生成",
        "The consent code is invalid, expired or already answered; ask the helper for a new one",
    )
    CONSENT_SELF = ("不能给自己授权", "You cannot give consent to yourself")
    UNKNOWN_BUNDLE = ("没有编号为 {code} 的一件事", "No bundle with code {code}")
    UNKNOWN_ITEM = ("没有编号为 {code} 的事项", "No service item with code {code}")
    SCOPE_REQUIRED = ("请指明授权的事项", "Say what the consent is for")
    NOT_DELEGABLE = (
        "“{name}”须本人亲自办理，不能由帮办人员代办",
        "“{name}” must be done in person; a helper cannot act for it",
    )
    PERSON_NOT_REGISTERED = (
        "没有登记该身份证号的群众，请先到综合窗口登记",
        "Nobody is registered with this ID number; they can register at a comprehensive window",
    )
    NO_PHONE_ON_FILE = (
        "该群众没有登记手机号，请改用平板签名确认",
        "No mobile number on file for this person: let them sign on the tablet instead",
    )
    CONSENT_CONFIRMATION = (
        "验证码错误或已过期，请核对后重试，或重新发起授权",
        "Wrong or expired code: check it, or start a new consent request",
    )
    SIGNATURE_INVALID = (
        "请让群众在框内签名后再确认",
        "Ask the person to sign in the box first",
    )

    # --- API clients (the lower-case codes are OAuth 2.0's, RFC 6749 §5.2) ---------------------------
    INVALID_SCOPE = ("权限范围无效：{why}", "Invalid scope: {why_en}")
    invalid_client = ("应用凭据无效", "Client authentication failed")
    invalid_scope = ("申请的权限超出该应用的范围", "Scopes not allowed for this client: {scopes}")
