"""Bundle (一件事) rules: merge the items' materials and compute what the bundle saves.

Nothing here is typed in by hand: every number comes from the items of the catalogue.
- materials: before = every item's list added up; after = the merged list, minus materials an
  item of the bundle produces (e.g. the birth certificate for the household registration) and
  those an e-licence or shared data supplies (免提交).
- windows: before = distinct (hall, window) places of the items; after = the bundle's one window.
- working days: before = promised days added up (one item after another, each result needed for
  the next); after = the longest chain of items that really wait for another item's output, the
  rest running in parallel (并联审批).
- visits: before = the items' visits added up; after = one visit to the comprehensive window, or
  none when every item is fully online.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from api.catalog.entities import BundleMaterial, ItemMaterial, Savings, ServiceItem, TimeLimit
from api.catalog.enums import MaterialForm


def _merge_form(a: MaterialForm, b: MaterialForm) -> MaterialForm:
    if a == b:
        return a
    forms = {a, b} - {MaterialForm.ELECTRONIC}
    if len(forms) == 1:
        return forms.pop()
    return MaterialForm.ORIGINAL_AND_COPY


def dependencies(items: Sequence[ServiceItem]) -> dict[str, frozenset[str]]:
    """item code → codes of the earlier items of the bundle whose output it asks for.

    Only an earlier item's output counts: an item listed before the producer asks for a document
    the applicant already holds (the seller's property certificate before the transfer
    registration issues the buyer's), so the bundle order makes the dependencies a DAG.
    """
    producers: dict[str, str] = {}
    deps: dict[str, frozenset[str]] = {}
    for item in items:
        deps[item.code] = frozenset(
            producers[m.material.code] for m in item.materials if m.material.code in producers
        )
        if item.output is not None:
            producers.setdefault(item.output.code, item.code)
    return deps


def _longest_chain(items: Sequence[ServiceItem], days_of: Callable[[ServiceItem], int]) -> int:
    deps = dependencies(items)
    finish: dict[str, int] = {}
    for item in items:  # bundle order is a topological order (see `dependencies`)
        finish[item.code] = max((finish[d] for d in deps[item.code]), default=0) + days_of(item)
    return max(finish.values(), default=0)


def merge_materials(items: Sequence[ServiceItem]) -> tuple[BundleMaterial, ...]:
    produced_earlier: set[str] = set()
    produced_in_bundle: set[str] = set()
    merged: dict[str, list] = {}
    for item in items:
        for m in item.materials:
            line = merged.get(m.material.code)
            if line is None:
                terms = [(item.code, m.deferral)] if m.deferral is not None else []
                merged[m.material.code] = [m, m.form, m.copies, m.required, m.deferrable, [item.code], terms]
                if m.material.code in produced_earlier:
                    produced_in_bundle.add(m.material.code)
                continue
            line[1] = _merge_form(line[1], m.form)
            line[2] = max(line[2], m.copies)
            line[3] = line[3] or m.required
            # Deferring (容缺) a material is only possible if every item asking for it allows it.
            line[4] = line[4] and m.deferrable
            line[5].append(item.code)
            if m.deferral is not None:
                line[6].append((item.code, m.deferral))
        if item.output is not None:
            produced_earlier.add(item.output.code)
    result = []
    for first, form, copies, required, deferrable, used_by, deferrals in merged.values():
        first: ItemMaterial
        result.append(
            BundleMaterial(
                material=first.material,
                form=form,
                copies=copies,
                required=required,
                deferrable=deferrable,
                produced_in_bundle=first.material.code in produced_in_bundle,
                used_by=tuple(used_by),
                deferrals=tuple(deferrals) if deferrable else (),
            )
        )
    # What the applicant must bring first, then what is waived or produced along the way.
    result.sort(key=lambda line: not line.to_submit)
    return tuple(result)


def bundle_time_limit(items: Sequence[ServiceItem]) -> TimeLimit:
    return TimeLimit(
        statutory_days=_longest_chain(items, lambda i: i.time_limit.statutory_days),
        promised_days=_longest_chain(items, lambda i: i.time_limit.promised_days),
    )


def compute_savings(items: Sequence[ServiceItem], merged: Sequence[BundleMaterial]) -> Savings:
    windows = {(item.location.hall.code, item.location.window) for item in items}
    return Savings(
        materials_before=sum(len(item.materials) for item in items),
        materials_after=sum(1 for line in merged if line.to_submit),
        windows_before=len(windows),
        windows_after=1 if items else 0,
        days_before=sum(item.time_limit.promised_days for item in items),
        days_after=_longest_chain(items, lambda i: i.time_limit.promised_days),
        visits_before=sum(item.visits for item in items),
        visits_after=min(1, max((item.visits for item in items), default=0)),
    )
