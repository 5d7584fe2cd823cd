"""The district application package (申报材料): export as a signed BagIt zip, and verify offline."""
