"""ownership: rehearse the ML project story and see which layers of ownership it lacks."""

__version__ = "0.1.0"
