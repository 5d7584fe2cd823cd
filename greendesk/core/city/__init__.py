"""The city's (municipal commission's) side: a workspace over districts, fed by their signed packages."""
