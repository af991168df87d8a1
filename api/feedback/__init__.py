"""Ratings and complaints (好差评 · 办不成事) and the rectification cases they open (受理-转办-督办-反馈)."""
