"""Savings groups (village savings and loan style): groups and their constitution (`groups`,
`constitution`), meetings (`meetings`), the ledger and its balances (`ledger`), service charges
(`charges`), opening balances (`opening`), the share-out (`shareout`) and indicators (`indicators`)."""
