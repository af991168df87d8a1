"""前台综合受理: a window clerk files for a walk-in at the comprehensive window — identifies the person,
has them confirm (phone code or a signature on the tablet), fills the merged form, photographs the
paper materials and submits; prints the receipt, the correction list and the refusal as PDF."""
