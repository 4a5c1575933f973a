"""The Qt user interface. Everything that imports Qt lives below this package."""
