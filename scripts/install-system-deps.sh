#!/usr/bin/env bash
# Debian/Ubuntu packages the build and the tests need (run as root or with sudo).
#   libsecret-1-dev, pkg-config        build keytar (the OS keychain binding) from source
#   dbus, gnome-keyring, dbus-x11, libsecret-tools   a real Secret Service on a private bus for the keychain tests
#   chromium, fonts-wqy-zenhei         end-to-end tests of the renderer, with CJK text that renders
#   poppler-utils                      pdftoppm turns the exported PDF into PNG pages the tests check
#   faketime                           libfaketime: a child process (the built CLI) sees a spec's pinned clock
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  libsecret-1-dev pkg-config dbus gnome-keyring dbus-x11 libsecret-tools \
  chromium fonts-wqy-zenhei poppler-utils faketime >/dev/null
