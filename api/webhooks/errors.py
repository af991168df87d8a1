"""Every failure of webhooks, client documents and department systems."""

from __future__ import annotations

from api.failures import ErrorCode


class WebhookError(ErrorCode):
    NOT_A_CLIENT = ("仅限接入应用使用", "Only an API client may do this")
    SUBSCRIPTION_NOT_FOUND = ("该订阅不存在", "No such webhook subscription")
    DELIVERY_NOT_FOUND = ("该投递记录不存在", "No such webhook delivery")
    UNSAFE_URL = ("回调地址不可用：{why}", "The webhook URL is refused: {why}")
    NO_EVENTS = ("请至少选择一种事件", "Choose at least one event")
    TOO_MANY_SUBSCRIPTIONS = ("每个应用最多 {limit} 个订阅", "At most {limit} subscriptions per client")
    DOCUMENT_INVALID = ("查询文档无效：{why}", "The document is not valid GraphQL: {why}")
    TOO_MANY_DOCUMENTS = ("每次最多登记 {limit} 个文档", "Register at most {limit} documents at once")
    DEPARTMENT_NOT_FOUND = ("部门 {code} 不存在", "No department {code}")
    CLIENT_NOT_FOUND = ("该应用不存在", "No such client")
    NOT_A_DEPARTMENT_SYSTEM = (
        "该应用未绑定部门或未获 tasks:decide 权限",
        "This client is not bound to a department or lacks the tasks:decide scope",
    )
