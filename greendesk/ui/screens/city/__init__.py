"""The city workspace's 全市进展 screen and its dialogs (drill-down, spot-check sample)."""
