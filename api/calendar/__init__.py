"""Working-day (工作日) arithmetic on the Chinese statutory calendar."""
