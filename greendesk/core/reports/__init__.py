"""Printed reports and exports: quarterly progress, annual summary, district summary (Excel and PDF)."""
