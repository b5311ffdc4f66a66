#!/usr/bin/env python3
"""An editor for the benchmark: logs into the admin, then saves one article through the real editor form (with its
CSRF token) once a second, and after each save measures how long the change takes to show on the public article
page of every node given.

usage: editor.py BASE_URL ARTICLE_PATH SECONDS [READER_BASE_URL ...]
The password comes from DASTAN_ADMIN_PASSWORD. Prints one summary line:
EDITOR saves=N failed=N visible_max_ms=N visible_avg_ms=N
"""
import re
import sys
import time
import urllib.error

from admin import Admin, replace, visible_after


def main():
    base, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    readers = sys.argv[4:] or [base]
    editor = Admin(base)
    article_id = re.search(r'data-view-url="/views/(\d+)"', editor.get(path)).group(1)
    editor.log_in()
    saves = failed = 0
    delays = []
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        started = time.monotonic()
        try:
            fields = editor.form(f'/admin/articles/{article_id}', form_class='article-form')
            standfirst = next(v for n, v in fields if n == 'standfirst')
            marker = f'bench-edit-{int(time.time() * 1000)}'
            fields = replace(fields, 'standfirst', re.sub(r' ?bench-edit-\d+', '', standfirst) + ' ' + marker)
            landed = editor.post(f'/admin/articles/{article_id}', fields)
            if f'/admin/articles/{article_id}' not in landed:
                raise urllib.error.URLError('the save did not come back to the form: ' + landed)
            saves += 1
        except (OSError, StopIteration) as error:
            failed += 1
            print('EDITOR save failed:', error, file=sys.stderr)
            time.sleep(1)
            continue
        delays.append(visible_after([reader + path for reader in readers], marker, time.monotonic()))
        time.sleep(max(0.0, 1 - (time.monotonic() - started)))
    print(f'EDITOR saves={saves} failed={failed} visible_max_ms={max(delays, default=0):.0f} '
          f'visible_avg_ms={sum(delays) / max(1, len(delays)):.0f}')


if __name__ == '__main__':
    main()
