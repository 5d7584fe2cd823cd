"""Public notice (公示), objections, naming (命名) and later re-checks (复核) of communities that passed review."""
