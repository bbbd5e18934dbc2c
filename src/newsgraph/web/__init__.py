"""The web interface (`newsgraph serve`)."""
