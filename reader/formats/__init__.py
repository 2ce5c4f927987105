"""One module per input kind; each turns decoded input into an `Article` (without its `source`)."""
