# The two commands of the README. Each sets up everything it needs first (scripts/setup.sh).
.PHONY: demo test
demo:
	@bash scripts/demo.sh
test:
	@bash scripts/test.sh
