"""Every failure of the staff desk (pre-review, acceptance, department decisions, pickup, messages).

The member's name is the code clients see; its value the message in zh-CN and in English.
"""

from __future__ import annotations

from api.failures import ErrorCode, Failure


class ReviewError(ErrorCode):
    NOT_FOUND = ("{what}不存在", "No such {what_en}")
    NOT_IN_PRE_REVIEW = ("该办件不在预审阶段", "This application is not waiting for pre-review")
    ALREADY_CLAIMED = ("该办件已由其他工作人员认领", "Another clerk is reviewing this application")
    NOT_CLAIMED = ("请先认领该办件再预审", "Claim the application before reviewing it")
    UNKNOWN_MATERIAL = ("本办件没有材料 {material}", "No material {material}")
    REASON_REQUIRED = ("{what}须说明理由", "Give the reason for {what_en}")
    NOTHING_TO_CORRECT = ("请先标出需要补正的材料", "Mark the materials that need correcting first")
    DEFERRED_REQUIRED = (
        "容缺受理须列明后补的材料及期限，其他受理方式不能后补材料",
        "A deferred acceptance names the deferred materials and their due dates; no other mode defers any",
    )
    NOT_DEFERRABLE = ("“{name}”不在容缺受理清单内", "{material} may not be deferred")
    COMMITMENT_MISSING = (
        "申请人未签署告知承诺书，不能按告知承诺受理",
        "The applicant signed no commitment: it cannot be accepted on one",
    )
    COMMITMENT_SIGNED = (
        "申请人已签署告知承诺书，请选择“告知承诺”方式受理",
        "The applicant signed a commitment: accept it on the commitment",
    )
    EXTRA_NEEDS_REASON = (
        "已一次性告知过补正，再次要求补正须写明原因，并经主管批准",
        "A correction list was already sent: another one needs its reason and a supervisor's approval",
    )
    EXTRA_PENDING = (
        "本办件已有一份补充补正等待主管审批",
        "An extra correction list is already waiting for approval",
    )
    EXTRA_DECIDED = ("该补充补正申请已处理", "This extra correction request was already decided")
    NOT_A_SUPERVISOR = ("只有主管可以审批补充补正", "Only a supervisor approves an extra correction list")
    WAITING_FOR_MATERIAL = (
        "容缺材料{names}尚未补齐核验，本部门须待其补齐后再作批准",
        "This department approves only once the deferred materials arrive and are checked ({count})",
    )
    NOTHING_TO_VERIFY = ("“{name}”没有待核验的补交材料", "Nothing handed in to check for {material}")
    MATERIALS_PENDING = ("以下材料尚未齐全：{names}", "Materials still pending: {codes}")
    WINDOW_REQUIRED = ("请填写领取窗口", "Give the pickup window")
    LOCKER_REQUIRED = ("请填写智能柜格口号", "Give the locker number")
    TRACKING_REQUIRED = ("请填写快递公司和运单号", "Give the carrier and tracking number")
    NOT_THE_CHOSEN_METHOD = (
        "申请人选择的领取方式是“{chosen}”，请按其选择交付",
        "The applicant chose {chosen_en}: deliver it that way",
    )
    DELIVERY_NOT_CHOSEN = (
        "申请人没有选择智能柜或邮寄，结果在窗口领取",
        "The applicant chose no locker or mail: the result waits at the window",
    )
    NOT_MAILED = ("该结果不是邮寄交付的", "This result was not sent by mail")
    IDENTITY_NOT_CHECKED = ("领取前须核验领取人身份", "Check the collector's identity first")
    CODE_INVALID = ("取件码不正确", "Wrong pickup code")
    CODE_EXPIRED = ("取件码已过期，请联系窗口", "The pickup code expired; contact the window")
    EMPTY_MESSAGE = ("请输入内容", "Write something")
    NOT_ALLOWED = ("只有办件相关人员可以留言", "Only people on the application may write")
    UPLOAD_NOT_FOUND = ("附件不存在", "No such attachment of yours")


def no_such_application() -> Failure:
    return Failure(ReviewError.NOT_FOUND, what="办件", what_en="application")


def no_such_task() -> Failure:
    """Also what a reviewer hears about another department's task (its existence is not theirs to know)."""
    return Failure(ReviewError.NOT_FOUND, what="该任务", what_en="task in your department")
