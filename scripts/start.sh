#!/bin/sh
# `npm start`: scripts/start.ts checks and builds, then prints the server's command line; exec makes
# this shell that server, so nothing but npm and next-server stays resident.
set -e
command=$(node --import tsx scripts/start.ts "$@")
eval "exec $command"
