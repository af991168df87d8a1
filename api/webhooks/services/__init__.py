"""Webhook, client document and department system services: plain async functions, one job per
module. (Not re-exported here: ``enqueue`` is imported by ``api.unit_of_work``, which the others
import.)"""
