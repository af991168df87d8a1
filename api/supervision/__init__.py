"""E-supervision (电子监察): deadline flags per task, escalation of overdue tasks, on-time dashboards."""
