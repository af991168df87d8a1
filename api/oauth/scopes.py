"""What each scope lets a client do, in the plain words the consent screen and the docs use."""

from __future__ import annotations

from api.identity.enums import Scope

# scope: (中文, English) — said from the citizen's side: what the app will be able to do
SCOPE_TEXT: dict[Scope, tuple[str, str]] = {
    Scope.CATALOG_READ: ("查看公开的办事指南", "Read the public service guides"),
    Scope.PROFILE_READ: (
        "查看您的姓名、手机号和身份证号（中间几位隐藏）",
        "See your name, phone number and ID number (partly hidden)",
    ),
    Scope.APPLICATIONS_READ: (
        "查看您的办件和办理进度",
        "See your applications and how far they have got",
    ),
    Scope.LICENCES_READ: ("查看您的电子证照", "See your e-licences"),
    Scope.IDENTITY_NUMBERS_READ: (
        "查看完整的身份证号码（您的和表单中他人的）",
        "See full ID numbers (yours and those of others in your forms)",
    ),
    Scope.APPLICATIONS_WRITE: (
        "以您的名义填写草稿并提交办件申请",
        "Fill in drafts and submit applications in your name",
    ),
}
