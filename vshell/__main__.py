from vshell.cli import main

raise SystemExit(main())
