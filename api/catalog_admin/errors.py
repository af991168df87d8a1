"""Every failure of catalogue administration (code = member name; zh-CN and English messages)."""

from __future__ import annotations

from api.failures import ErrorCode


class CatalogAdminError(ErrorCode):
    CATALOGUE_EDIT_FORBIDDEN = (
        "只有目录管理员可以编辑事项目录",
        "Only a catalogue administrator may edit the catalogue",
    )
    OUTSIDE_CATALOGUE_SCOPE = (
        "{code} 不在您管理的范围（{scope}）内",
        "{code} is outside what you administer ({scope})",
    )
    NO_CATALOGUE_DRAFT = ("您还没有草稿", "You have no draft")
    UNKNOWN_CATALOGUE_SECTION = ("没有 {section} 这一类目录条目", "The catalogue has no section {section}")
    DRAFT_ENTRY_NOT_FOUND = ("草稿中没有 {section} {code}", "The draft has no {section} {code}")
    INVALID_CATALOGUE_ENTRY = ("条目无效：{problem}", "Invalid entry: {problem}")
    PUBLISH_CONFLICT = (
        "发布冲突：您的草稿基于第 {base} 版，目录已是第 {current} 版。请放弃草稿后在新版上重新修改",
        "Conflict: your draft was edited from revision {base}, the catalogue is now at revision "
        "{current}. Discard the draft and make your changes on the new revision",
    )
    PUBLISH_REFUSED = ("目录有 {count} 处问题，未发布", "The catalogue has {count} problem(s): not published")
    NOTHING_TO_PUBLISH = ("草稿与当前版本相同，无需发布", "The draft is the same as the current revision")
    CATALOGUE_ENTRY_IN_USE = (
        "要删除的部门、大厅或事项仍被工作人员或办件使用，未发布",
        "A department, hall or item to remove is still used by staff or applications: not published",
    )
    CATALOGUE_REVISION_NOT_FOUND = ("没有第 {revision} 版", "There is no revision {revision}")
    INVALID_CATALOGUE_FILE = ("文件过大或格式不对", "The file is too large or not in the catalogue format")
