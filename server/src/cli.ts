// PLACEHOLDER: CLI, to be written.
