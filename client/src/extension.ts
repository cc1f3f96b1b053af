// PLACEHOLDER: VS Code client, to be written.
