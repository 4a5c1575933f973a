"""44 Days: an offline reference application about the 2020 Second Nagorno-Karabakh War."""

__version__ = "0.1.0"
APP_NAME = "44 Days"
