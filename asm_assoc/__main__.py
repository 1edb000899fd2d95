from asm_assoc.cli import main

raise SystemExit(main())
