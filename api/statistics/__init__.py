"""Statistics for leaders (统计分析): volumes, channels, states, on-time rate, working days and visits
against the guides' promises, ratings and rectification, 办不成事, helpers and appointments — for a
period, a hall and a department; computed by SQL aggregation in a constant number of queries
(``api.statistics.services``), shown in the desk and exported as CSV and XLSX. Definitions:
docs/statistics.md."""
