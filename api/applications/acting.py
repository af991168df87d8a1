"""TRANSITION: the acting-for rules moved to ``api.applications.policies`` (their one home). This name
stays only while ``api.review.graphql`` (converted in parallel) still imports it; the lead removes it
at merge."""

from api.applications.policies import actor_for

__all__ = ["actor_for"]
