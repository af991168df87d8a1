"""Applications (办件): drafts, one submission per life event fanned out to departments, progress."""
