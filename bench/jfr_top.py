#!/usr/bin/env python3
"""Reads `jfr print --json --events jdk.ExecutionSample` on stdin and prints the methods found in the most samples,
counted once per sample whatever their depth (time with callees), as a flame graph's widest frames:
usage: jfr print --json --events jdk.ExecutionSample rec.jfr | jfr_top.py [N] [PACKAGE_PREFIX ...]"""
import collections
import json
import sys


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    prefixes = tuple(sys.argv[2:]) or ('org.dastan', 'org.thymeleaf', 'org.hibernate', 'org.springframework',
                                       'org.apache', 'org.h2', 'org.owasp', 'com.')
    events = json.load(sys.stdin)['recording']['events']
    inclusive = collections.Counter()
    for event in events:
        seen = set()
        for frame in event['values']['stackTrace']['frames']:
            method = frame['method']
            name = method['type']['name'] + '.' + method['name']
            if name.startswith(prefixes) and name not in seen:
                seen.add(name)
                inclusive[name] += 1
    total = len(events)
    print(f'{total} samples; methods by share of samples, callees included:')
    for name, count in inclusive.most_common(limit):
        print(f'{100 * count / total:5.1f}%  {name}')


if __name__ == '__main__':
    main()
