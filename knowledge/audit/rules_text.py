"""Rules between tables and narrative."""
