"""Printed reports and exports: quarterly progress, annual summary, district summary, rework notices (Excel and PDF)."""
