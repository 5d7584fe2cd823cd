"""The guided review: vocabulary, workflow, the counting rule, scoring, photo checks, views, queue,
commands and history (one module each)."""
