"""公示与命名: public notices, objections, naming and re-checks (over core/publicity)."""
