"""Entry point of the standalone bundle (packaging/44days.spec): the same `main` as the `44days` command."""

from desktop_app.app import main

raise SystemExit(main())
