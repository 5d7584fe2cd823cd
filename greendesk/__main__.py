from greendesk.cli import main

raise SystemExit(main())
