"""Developer tools: regenerate forms and catalogs, and check committed copies match their sources.
Not used by the running program."""
