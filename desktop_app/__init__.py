"""44 Days: an offline reference application about the 2020 Second Nagorno-Karabakh War."""

__version__ = "0.1.0"
APP_NAME = "44 Days"
# Reverse-DNS id: the name of the Linux .desktop file and AppStream metainfo in packaging/linux/.
APP_ID = "io.github.fortyfourdays.FortyFourDays"
