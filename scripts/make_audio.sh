#!/usr/bin/env bash
# Make the speech files the snippets transcribe: espeak-ng's synthetic voice, resampled by
# sox to 16 kHz mono, the input Whisper expects. Output is committed; rerun to remake it.
set -euo pipefail
out="$(dirname "$0")/../docs/assets/data"
mkdir -p "$out"
say() {  # say NAME VOICE "TEXT"
  espeak-ng -v "$2" -s 140 -w "/tmp/$1.raw.wav" "$3"
  sox "/tmp/$1.raw.wav" -r 16000 -c 1 -b 16 "$out/$1.wav"
  rm "/tmp/$1.raw.wav"
}
say welcome en-us "Welcome to the course. Today we learn how transformer models read and write text."
say weather en-us "The weather is sunny today, with a light wind from the west."
