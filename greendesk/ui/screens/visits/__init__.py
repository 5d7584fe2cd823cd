"""The site-visit screen (plan by day and route) and its record dialog."""
