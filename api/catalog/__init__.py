"""The public service catalogue: departments, halls, service items (事项), bundles (一件事) and the
life-cycle tree."""
