"""Case facts -> checklist findings, the report and the Eingangsbestätigung."""
