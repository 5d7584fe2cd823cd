"""Expert mode: a window limited to one scoring kit, opened on the expert's PC with the 评分码."""
