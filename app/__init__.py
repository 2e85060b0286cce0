"""hfk: intake of hardship applications for the Härtefallkommission NRW."""

__version__ = "0.1.0"
