"""Every failure of applications (applying, drafts, the state machine, acting for someone, live
updates): the member's name is the code clients see, its value the message in zh-CN and English."""

from __future__ import annotations

from api.failures import ErrorCode


class ApplicationsError(ErrorCode):
    # applying: what is applied for, with which form and materials
    UNKNOWN_CODE = ("没有编号为 {code} 的事项或一件事", "No item or bundle with code {code}")
    INVALID_DATA = ("表单数据必须是 JSON 对象", "Form data must be a JSON object")
    UNKNOWN_MATERIAL = ("本事项不需要材料 {material}", "Material {material} is not asked for")
    # a material is named as the applicant sees it in the form, in either language
    MATERIAL_NOT_NEEDED = (
        "“{name}”免提交，无需上传",
        "“{name}” is supplied by an e-licence or shared data; do not upload it",
    )
    UPLOAD_NOT_FOUND = ("“{name}”的文件不存在", "The file for “{name}” was not found")
    MATERIALS_MISSING = ("还缺少材料：{names}", "Missing materials: {names}")
    ORGANIZATION_NOT_FOUND = (
        "您不是该企业经核验的经办人（请先在“我的”中登记企业并完成核验）",
        "You are not the verified representative of this business (register and verify it first)",
    )
    IDEMPOTENCY_KEY = ("缺少提交编号（idempotencyKey）", "An idempotencyKey of 8–64 characters is required")
    # drafts
    DRAFT_NOT_FOUND = (
        "草稿不存在、不属于您或已提交",
        "No such draft of yours (it may have been submitted or deleted)",
    )
    DRAFT_CONFLICT = (
        "草稿已在其他设备上修改，请刷新后再保存",
        "The draft was changed on another device; reload it first",
    )
    DRAFT_MISMATCH = ("草稿与所办事项不一致", "The draft is for another item or bundle")
    # an application after submission
    NOT_FOUND = (
        "办件不存在，或办件编号与查询码不符",
        "No such application, or the tracking number and the verification code do not match",
    )
    # how the result reaches the applicant (api.applications.delivery)
    DELIVERY_NOT_OFFERED = (
        "本事项不提供“{method}”方式领取",
        "{method_en} is not offered for this item or bundle",
    )
    DELIVERY_TOO_LATE = (
        "结果已交付或办件已结束，不能再更改领取方式",
        "The result was already handed over (or the application ended): the pickup can no longer change",
    )
    ADDRESS_INCOMPLETE = (
        "邮寄须填写收件人、手机号和详细地址（5–200 字）",
        "Mail needs the recipient, a mobile number and the full address (5–200 characters)",
    )
    # 容缺: a deferred material handed in after acceptance
    NOT_OWED = (
        "“{name}”不是待补交的容缺材料（可能已补交或已核验）",
        "“{name}” is not a deferred material still to hand in (it may be in or checked already)",
    )
    # the state machine
    INVALID_TRANSITION = (
        "当前状态（{source}）不能变为 {target}",
        "An application in state {source} cannot move to {target}",
    )
    NOT_ALLOWED = ("无权进行此操作", "You may not do this")
    CONCURRENT_CHANGE = (
        "办件或任务状态刚刚发生了变化，请刷新后重试",
        "The application or its task changed meanwhile; reload",
    )
    # who applies, and for whom
    NOT_A_CITIZEN = ("请以办事群众身份申请", "Apply as a citizen (or act for one as a helper)")
    NOT_A_HELPER = ("只有帮办人员可以代他人申请", "Only helpers file for someone else")
    CHOOSE_PERSON = (
        "帮办人员请先在“帮办代办”页选择要代办的群众",
        "As a helper, first choose the person you act for on the helper page",
    )
    NOT_DELEGABLE = (
        "“{name}”须本人亲自办理，不能由帮办人员代办",
        "“{name}” must be done in person; a helper cannot file it",
    )
    NO_CONSENT = (
        "没有该群众对此事项的有效授权，请先请其扫码授权",
        "No active consent of this citizen for this item or bundle: ask them to scan the consent code",
    )
    NO_CLIENT_GRANT = (
        "该应用没有您“以您的名义提交申请”的有效授权",
        "This client holds no active grant of applications:write from the citizen its token names",
    )
    # live updates: why a subscription ended
    TOKEN_EXPIRED = (
        "登录已过期，请刷新后重新订阅",
        "The access token has expired: refresh and subscribe again",
    )
    ACCOUNT_DISABLED = ("账户已停用", "This account is disabled")
    ACCESS_REVOKED = (
        "授权已撤销或已过期，实时更新已停止",
        "The grant or consent behind this subscription was revoked or has expired",
    )
