#!/usr/bin/env python3
"""A working newsroom for the benchmark, through the real editor form (with its CSRF token), all at once:
  DRAFTS reporters, each writing a draft of their own and saving it every second (as autosave and Save do);
  one editor fixing the body of a published article every second, each fix then looked for on the article page of
  every reader node given;
  one editor publishing a new article every PUBLISH_EVERY seconds.
Drafts change no public page, so they should drop nothing; a body fix drops one page; a publication drops the
listings and the pages that show the latest articles.

usage: newsroom.py BASE_URL ARTICLE_PATH SECONDS [READER_BASE_URL ...]
Environment: DRAFTS (4), PUBLISH_EVERY (30). The password comes from DASTAN_ADMIN_PASSWORD. Prints one line:
NEWSROOM draft_saves=N edits=N publications=N failed=N visible_max_ms=N visible_avg_ms=N
"""
import os
import re
import sys
import threading
import time
import urllib.error

from admin import Admin, replace, visible_after

counts = {'draft_saves': 0, 'edits': 0, 'publications': 0, 'failed': 0}
lock = threading.Lock()


def count(name):
    with lock:
        counts[name] += 1


def failed(who, error):
    count('failed')
    print(f'NEWSROOM {who} failed: {error}', file=sys.stderr)


def create(editor, title, body):
    """A new draft through the editor form; answers its admin path."""
    fields = editor.form('/admin/articles/new', form_class='article-form')
    slug = re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')
    for name, value in (('title', title), ('slug', slug), ('standfirst', 'Written during the benchmark.'),
                        ('body', body)):
        fields = replace(fields, name, value)
    landed = editor.post('/admin/articles', fields)
    found = re.search(r'/admin/articles/(\d+)$', landed)
    if not found:
        raise urllib.error.URLError(f'the new article was not saved (ended at {landed})')
    return f'/admin/articles/{found.group(1)}'


def save(editor, page, field, change, action=None):
    fields = editor.form(page, form_class='article-form')
    value = next(v for n, v in fields if n == field)
    fields = replace(fields, field, change(value))
    if action:
        fields = replace(fields, 'action', action)
    landed = editor.post(page, fields)
    if page not in landed:
        raise urllib.error.URLError('the save did not come back to the form: ' + landed)


def every_second(end, work):
    while time.monotonic() < end:
        started = time.monotonic()
        work()
        time.sleep(max(0.0, 1 - (time.monotonic() - started)))


def reporter(base, number, end):
    editor = Admin(base)
    editor.log_in()
    page = create(editor, f'Bench draft {number} {int(time.time())}', '<p>A draft in progress.</p>')

    def work():
        try:
            save(editor, page, 'body', lambda body: re.sub(r'</p>$', f' More {int(time.time() * 1000)}.</p>', body))
            count('draft_saves')
        except (OSError, StopIteration) as error:
            failed(f'reporter {number}', error)
    every_second(end, work)


def fixer(base, path, readers, end, delays):
    editor = Admin(base)
    article_id = re.search(r'data-view-url="/views/(\d+)"', editor.get(path)).group(1)
    editor.log_in()
    page = f'/admin/articles/{article_id}'

    def work():
        marker = f'bench-fix-{int(time.time() * 1000)}'
        try:
            save(editor, page, 'body', lambda body: re.sub(r' ?bench-fix-\d+', '', body)
                 .replace('</p>', f' {marker}</p>', 1))
            count('edits')
        except (OSError, StopIteration) as error:
            failed('editor', error)
            return
        delays.append(visible_after([reader + path for reader in readers], marker, time.monotonic()))
    every_second(end, work)


def publisher(base, every, end):
    editor = Admin(base)
    editor.log_in()
    number = 0
    while time.monotonic() + every < end:
        time.sleep(every)
        number += 1
        try:
            page = create(editor, f'Bench news {number} {int(time.time())}', '<p>Just in.</p>')
            save(editor, page, 'title', lambda title: title, action='PUBLISH')
            count('publications')
        except (OSError, StopIteration) as error:
            failed('publisher', error)


def main():
    base, path, seconds = sys.argv[1], sys.argv[2], float(sys.argv[3])
    readers = sys.argv[4:] or [base]
    end = time.monotonic() + seconds
    delays = []
    threads = [threading.Thread(target=reporter, args=(base, n, end)) for n in range(int(os.environ.get('DRAFTS', 4)))]
    threads.append(threading.Thread(target=fixer, args=(base, path, readers, end, delays)))
    threads.append(threading.Thread(target=publisher, args=(base, float(os.environ.get('PUBLISH_EVERY', 30)), end)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(f'NEWSROOM ' + ' '.join(f'{k}={v}' for k, v in counts.items())
          + f' visible_max_ms={max(delays, default=0):.0f} visible_avg_ms={sum(delays) / max(1, len(delays)):.0f}')


if __name__ == '__main__':
    main()
