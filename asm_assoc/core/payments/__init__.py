"""Tax and insurance payments: months and periods (`months`), obligation types, their rates and the
minimum wage (`obligations`), who owes what from when (`enrolments`), the amounts due (`dues`), members'
payments with their receipts (`collections`), what was passed on to the authorities (`remittances`), and the
figures of the printouts (`figures`)."""
