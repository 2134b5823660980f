# The two commands of the README. Each does its whole set-up on a fresh Debian 12 machine.
#   make demo   builds Smidig and opens it on the built-in demo store
#   make test   builds Smidig and runs the whole test suite
PRESET ?= default
BUILD_DIR := build/$(PRESET)

.PHONY: all deps configure build demo test clean

all: build

deps:
	@packaging/install-build-deps

configure: deps
	cmake --preset $(PRESET)

build: configure
	cmake --build --preset $(PRESET)

demo: build
	$(BUILD_DIR)/app/smidig --demo

test: build
	ctest --preset $(PRESET)

clean:
	rm -rf build
