"""Rules between tables."""
