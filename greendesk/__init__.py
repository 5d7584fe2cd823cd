"""GreenDesk (绿色社区审核台): offline review desk for the Green Community Creation Action."""

__version__ = "0.1.0"
