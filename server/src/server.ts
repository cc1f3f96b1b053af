// PLACEHOLDER: language server, to be written.
