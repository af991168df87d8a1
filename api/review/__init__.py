"""The staff desk: pre-review, acceptance, department decisions, pickup."""
