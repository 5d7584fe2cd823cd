"""The review screen: item model, view (layout only), texts, dialogs and the controller that joins them."""
