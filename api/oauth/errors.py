"""Failures of the authorization code flow and the client registry. The lower-case members are the
``error`` codes of OAuth 2.0 (RFC 6749 §4.1.2.1, §5.2) that the token endpoint and the redirect
answer with; the upper-case ones are what the consent screen and the registry show."""

from __future__ import annotations

from api.failures import ErrorCode


class OAuthFailure(ErrorCode):
    # --- the consent screen (never redirected: the page shows them) -----------------------------------
    UNKNOWN_CLIENT = ("未找到该应用，或该应用已停用", "No such client, or it is suspended")
    REDIRECT_URI_MISMATCH = (
        "回调地址与该应用登记的不一致，已停止授权",
        "The redirect URI is not one registered for this client; nothing was sent to it",
    )
    # --- sent back to the client (redirect with error=…, or the token endpoint's answer) --------------
    invalid_request = ("请求参数有误：{why}", "Invalid request: {why_en}")
    unsupported_response_type = ("仅支持 response_type=code", "Only response_type=code is supported")
    invalid_grant = ("授权码或刷新令牌无效：{why}", "Invalid grant: {why_en}")
    access_denied = ("用户拒绝了授权", "The citizen denied the request")
    # --- the registry ------------------------------------------------------------------------------
    INVALID_REDIRECT_URI = (
        "回调地址“{uri}”无效：须为完整的 https 地址（本机可用 http），不含 # 片段",
        "Redirect URI “{uri}” is invalid: an absolute https URL (http for localhost), no fragment",
    )
    INVALID_ORIGIN = (
        "网页来源“{origin}”无效：须为 https://主机[:端口]（本机可用 http），不含路径",
        "Web origin “{origin}” is invalid: https://host[:port] (http for localhost), no path",
    )
