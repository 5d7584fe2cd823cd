"""Expert panels: assignments, experts' scores (direct, from kits, from Excel sheets), the merge and the 复核人's confirmation, site visits."""
