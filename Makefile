# Task runner. The two commands that matter: `make run` and `make test`.
.PHONY: run test setup lint format bench pot restore

run:          ## database with the three modules, Vietnamese and demo data, served on 127.0.0.1:8069
	bash scripts/run.sh

test:         ## throwaway database, all three modules, the whole pytest-odoo suite
	bash scripts/test.sh

setup:        ## system packages, Python requirements, PostgreSQL
	bash scripts/setup.sh

lint:         ## ruff, ruff-format, pylint-odoo (OCA mandatory checks), XML well-formedness
	bash scripts/lint.sh

format:
	ruff format . && ruff check --fix .

pot:          ## regenerate i18n/<module>.pot from a throwaway database
	bash scripts/pot.sh

bench:        ## benchmarks (not tests): see bench/README.md
	@echo "see bench/README.md"

restore:      ## restore a backup zip into a NEW database: make restore BACKUP=<file.zip> VN_DB=<new name>
	bash scripts/restore.sh "$(BACKUP)" "$(VN_DB)"
