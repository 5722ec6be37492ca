# Two commands: `make run` starts Azurite and the app on one URL; `make test` runs every test.
PORT ?= 7071
DATA_DIR ?= .data
export PORT DATA_DIR

.PHONY: run test deps browser build bench infra-check train-tagger eval-tagging eval-trial

run: deps
	@bash scripts/run.sh

test: infra-check deps browser
	dotnet test Knowledge.sln --nologo

build: deps
	dotnet build Knowledge.sln --nologo

# npm packages: Azurite for storage, SurveyJS for the web app (copied into web/vendor by postinstall).
deps: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# The browser test drives Debian's Chromium; nothing downloads a browser of its own.
browser:
	@bash scripts/install-chromium.sh

# Bicep build and lint of infra/ (the CLI comes from NuGet into .tools/bicep); any warning fails.
infra-check:
	@bash scripts/bicep.sh

# Benchmarks (not tests): figures go in README.
bench: deps
	dotnet run -c Release --project bench/Knowledge.Bench -- all

# The learned tagger: trains on the train split (thresholds on dev) of the labelled corpus into the shipped model file,
# and prints precision, recall and F1 per tag on dev and test. CORPUS=<folder> points both at another corpus.
CORPUS ?= functions/Knowledge.Functions/Tagging/Corpus

train-tagger:
	dotnet run -c Release --project tools/Knowledge.TrainTagger -- train --corpus $(CORPUS)

eval-tagging:
	dotnet run -c Release --project tools/Knowledge.TrainTagger -- eval --corpus $(CORPUS)

# The shipped tagger on the trial set kept outside the corpus (real statements it was never trained or tuned on).
TRIAL ?= tests/Knowledge.Functions.Tests/Tagging/Trial

eval-trial:
	dotnet run -c Release --project tools/Knowledge.TrainTagger -- trial --corpus $(TRIAL)
