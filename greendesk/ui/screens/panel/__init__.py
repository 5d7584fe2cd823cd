"""The 专家评审 screen: a year's expert panels, their experts, who scores what, and the merged scores the 复核人 confirms."""
