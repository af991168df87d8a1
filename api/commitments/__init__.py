"""告知承诺 (acceptance on a written commitment): the catalogue says which items allow it and on what
terms (``api.catalog.commitment_terms``); the applicant signs the versioned text when applying and
the materials it replaces are not asked for (``services.signing``); the clerk accepts on the
commitment and each signed commitment gets its verify-by date on the working-day calendar
(``services.scheduling``); the department verifies it from its queue (``services.queue``) and records
"verified" or "false commitment", the latter revoking the licence issued for it and telling the
holder (``services.verifying``); checks past their date are flagged in e-supervision
(``services.oversight``). Pure rules in ``rules``; who may do what in ``policies``."""
